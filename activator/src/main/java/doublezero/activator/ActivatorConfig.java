package doublezero.activator;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/// How to run an [Activator].
///
/// @param rpcUrl the ledger's JSON-RPC URL (`http(s)://…`)
/// @param wsUrl the ledger's PubSub URL (`ws(s)://…`)
/// @param programId the serviceability program
/// @param keypair the activator's signer and fee payer; must be GlobalState's
///   `activator_authority_pk`
/// @param snapshotInterval time between full `getProgramAccounts` snapshots (reference: 60 s,
///   `activator.rs`)
/// @param metricsAddress where to serve Prometheus `/metrics`, or null for no endpoint
public record ActivatorConfig(
    String rpcUrl,
    String wsUrl,
    PublicKey programId,
    Keypair keypair,
    Duration snapshotInterval,
    InetSocketAddress metricsAddress) {

  /// The reference's snapshot interval.
  public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofSeconds(60);

  /// @throws NullPointerException when a component other than `metricsAddress` is null
  /// @throws IllegalArgumentException when `snapshotInterval` is not positive
  public ActivatorConfig {
    Objects.requireNonNull(rpcUrl, "rpcUrl");
    Objects.requireNonNull(wsUrl, "wsUrl");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(keypair, "keypair");
    Objects.requireNonNull(snapshotInterval, "snapshotInterval");
    if (snapshotInterval.isNegative() || snapshotInterval.isZero()) {
      throw new IllegalArgumentException(
          "snapshotInterval must be positive, got " + snapshotInterval);
    }
  }

  /// @return a configuration with the 60 s snapshot interval and no metrics endpoint
  public static ActivatorConfig of(
      String rpcUrl, String wsUrl, PublicKey programId, Keypair keypair) {
    return new ActivatorConfig(rpcUrl, wsUrl, programId, keypair, DEFAULT_SNAPSHOT_INTERVAL, null);
  }

  /// @return a copy with another snapshot interval
  public ActivatorConfig withSnapshotInterval(Duration interval) {
    return new ActivatorConfig(rpcUrl, wsUrl, programId, keypair, interval, metricsAddress);
  }

  /// @return a copy serving metrics on `address` (null = none)
  public ActivatorConfig withMetricsAddress(InetSocketAddress address) {
    return new ActivatorConfig(rpcUrl, wsUrl, programId, keypair, snapshotInterval, address);
  }
}
