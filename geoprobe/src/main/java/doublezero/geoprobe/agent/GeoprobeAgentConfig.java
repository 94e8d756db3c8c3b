package doublezero.geoprobe.agent;

import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Everything a [GeoprobeAgent] needs (flags of `doublezero-geoprobe-agent`, reference
/// `cmd/geoprobe-agent/main.go` at v0.12.0, §E.4).
///
/// @param rpcUrl ledger JSON-RPC URL (slot, parent discovery)
/// @param geolocationProgramId geolocation program, or null for command-line parents only
/// @param serviceabilityProgramId serviceability program (parent Devices), null with the above
/// @param keypair the probe signing key
/// @param geoprobe this probe's GeoProbe account (sender of its offsets, discovery key)
/// @param cliParents trusted parents from the command line (device → metrics publisher key)
/// @param targets outbound targets
/// @param allowed target keys allowed to send signed probes (never the parents' keys)
/// @param offsetPort DZD offset listener port (8923)
/// @param twampPort plain TWAMP reflector port (8925)
/// @param signedTwampPort signed TWAMP reflector port (8924)
/// @param maxOffsetAge lifetime of a cached DZD offset (1 h)
/// @param maxSlotAge largest accepted slot age of a DZD offset (ours)
/// @param verifyInterval one signed pair per key per interval (29 s)
/// @param probeInterval time between target measurement cycles (5 min)
/// @param discoveryInterval time between parent discoveries (60 s)
/// @param senderTimeout TWAMP deadline per target (1 s)
public record GeoprobeAgentConfig(
    String rpcUrl,
    PublicKey geolocationProgramId,
    PublicKey serviceabilityProgramId,
    Keypair keypair,
    PublicKey geoprobe,
    Map<PublicKey, PublicKey> cliParents,
    List<ProbeAddress> targets,
    Set<PublicKey> allowed,
    int offsetPort,
    int twampPort,
    int signedTwampPort,
    Duration maxOffsetAge,
    long maxSlotAge,
    Duration verifyInterval,
    Duration probeInterval,
    Duration discoveryInterval,
    Duration senderTimeout) {
  /// Copies the collections.
  ///
  /// @throws IllegalArgumentException when only one of the two program ids is given
  public GeoprobeAgentConfig {
    cliParents = Map.copyOf(cliParents);
    targets = List.copyOf(targets);
    allowed = Set.copyOf(allowed);
    if ((geolocationProgramId == null) != (serviceabilityProgramId == null)) {
      throw new IllegalArgumentException(
          "parent discovery needs both the geolocation and the serviceability program ids");
    }
  }
}
