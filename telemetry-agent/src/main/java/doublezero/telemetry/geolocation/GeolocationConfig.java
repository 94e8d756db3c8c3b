package doublezero.telemetry.geolocation;

import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.List;

/// What the DZD side of geolocation needs (flags `--additional-child-probes` and
/// `--geolocation-program-id` of the telemetry agent, reference
/// `controlplane/telemetry/cmd/telemetry/main.go` at v0.12.0, §B.1 and §E.3).
///
/// @param rpcUrl ledger JSON-RPC URL (slot, Device/Location, GeoProbe accounts)
/// @param serviceabilityProgramId serviceability program (Device and Location accounts)
/// @param geolocationProgramId geolocation program, or null for no on-chain probe discovery
/// @param keypair the device's metrics-publisher keypair: the authority of every offset
/// @param localDevice this device's Device account: the sender of every offset
/// @param cliProbes probes given on the command line
/// @param probeInterval time between measurement cycles (the agent's `--probe-interval`, 10 s)
/// @param discoveryInterval time between on-chain discoveries (60 s)
/// @param senderTimeout deadline of one warm-up + measuring pair (`--twamp-sender-timeout`, 1 s)
public record GeolocationConfig(
    String rpcUrl,
    PublicKey serviceabilityProgramId,
    PublicKey geolocationProgramId,
    Keypair keypair,
    PublicKey localDevice,
    List<ProbeAddress> cliProbes,
    Duration probeInterval,
    Duration discoveryInterval,
    Duration senderTimeout) {
  /// Copies the probe list.
  public GeolocationConfig {
    cliProbes = List.copyOf(cliProbes);
  }

  /// @return whether the DZD side runs at all: probes on the command line or a program to discover
  ///   them in (the reference's rule)
  public boolean enabled() {
    return !cliProbes.isEmpty() || geolocationProgramId != null;
  }
}
