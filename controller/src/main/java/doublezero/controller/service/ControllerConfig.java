package doublezero.controller.service;

import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/// Everything `doublezero-controller start` resolved from its flags (§B.2).
///
/// @param rpcUrl ledger JSON-RPC URL
/// @param programId serviceability program
/// @param localAsn device local ASN (non-zero)
/// @param noHardware omit hardware-only commands
/// @param listen main gRPC listener
/// @param tlsCert PEM certificate, null without TLS
/// @param tlsKey PEM key, null without TLS
/// @param tlsListen the extra TLS listener, null for none (then cert+key make the main listener
///   TLS)
/// @param metricsAddress where `/metrics` is served, null for nowhere
/// @param refreshInterval time between state refreshes
public record ControllerConfig(
    String rpcUrl,
    PublicKey programId,
    long localAsn,
    boolean noHardware,
    InetSocketAddress listen,
    Path tlsCert,
    Path tlsKey,
    InetSocketAddress tlsListen,
    InetSocketAddress metricsAddress,
    Duration refreshInterval) {
  /// @throws NullPointerException when a required component is null
  public ControllerConfig {
    Objects.requireNonNull(rpcUrl, "rpcUrl");
    Objects.requireNonNull(programId, "programId");
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(refreshInterval, "refreshInterval");
  }
}
