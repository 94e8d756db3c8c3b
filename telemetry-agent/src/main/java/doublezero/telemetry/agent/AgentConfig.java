package doublezero.telemetry.agent;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.submit.SubmitterConfig;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/// Everything the [TelemetryAgent] needs (flags of `reference/telemetry-geolocation.md` §B.1 plus
/// ours).
///
/// @param rpcUrl ledger JSON-RPC URL
/// @param serviceabilityProgramId serviceability program
/// @param telemetryProgramId telemetry program
/// @param keypair the device's metrics-publisher keypair
/// @param localDevice this device's Device account
/// @param twampPort reflector port, also probed on peers (862)
/// @param reflectorAddress where the reflector binds (`0.0.0.0:<twampPort>`), null for no reflector
/// @param probeInterval time between probe ticks (10 s)
/// @param submissionInterval time between submission cycles (60 s)
/// @param senderTimeout per-probe timeout (1 s)
/// @param peersRefreshInterval time between peer-list refreshes (10 s)
/// @param senderTtl sender socket lifetime (5 min)
/// @param maxConsecutiveLosses losses in a row before a sender is recreated (30)
/// @param epochRefreshInterval time between epoch refreshes (ours; default the probe interval)
/// @param stateDir directory of the sample journal (ours)
/// @param maxPendingPerLink samples a link direction may hold unsubmitted (ours; 35 000)
/// @param commitment commitment of reads and confirmations (ours; confirmed)
/// @param settle wait after a write of unknown outcome (ours; 90 s)
/// @param bindToDevice whether senders use `SO_BINDTODEVICE`
/// @param metricsAddress Prometheus endpoint, or null when disabled
/// @param submitterMaxConcurrency circuits submitted at the same time (10)
public record AgentConfig(
    String rpcUrl,
    PublicKey serviceabilityProgramId,
    PublicKey telemetryProgramId,
    Keypair keypair,
    PublicKey localDevice,
    int twampPort,
    InetSocketAddress reflectorAddress,
    Duration probeInterval,
    Duration submissionInterval,
    Duration senderTimeout,
    Duration peersRefreshInterval,
    Duration senderTtl,
    int maxConsecutiveLosses,
    Duration epochRefreshInterval,
    Path stateDir,
    int maxPendingPerLink,
    Commitment commitment,
    Duration settle,
    boolean bindToDevice,
    InetSocketAddress metricsAddress,
    int submitterMaxConcurrency) {

  /// @throws IllegalArgumentException when the probe interval is not below the submission interval,
  ///   an interval is not positive, or the submitter concurrency is below 1
  public AgentConfig {
    SubmitterConfig.requireConcurrency(submitterMaxConcurrency);
    for (Duration d :
        new Duration[] {
          probeInterval,
          submissionInterval,
          senderTimeout,
          peersRefreshInterval,
          epochRefreshInterval
        }) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("intervals and timeouts must be positive, got " + d);
      }
    }
    if (probeInterval.compareTo(submissionInterval) >= 0) {
      throw new IllegalArgumentException(
          "--probe-interval ("
              + probeInterval
              + ") must be less than --submission-interval ("
              + submissionInterval
              + ")");
    }
  }
}
