package doublezero.controller.service;

import java.util.List;
import java.util.Objects;

/// The parts of a `ConfigRequest` the controller uses (§B.3).
///
/// @param pubkey device account, base58
/// @param bgpPeers BGP neighbour addresses configured on the switch
/// @param agentVersion the agent's version, empty when not sent
/// @param agentCommit the agent's commit
/// @param agentDate the agent's build date
public record ConfigQuery(
    String pubkey,
    List<String> bgpPeers,
    String agentVersion,
    String agentCommit,
    String agentDate) {
  /// Copies the list.
  public ConfigQuery {
    Objects.requireNonNull(pubkey, "pubkey");
    bgpPeers = List.copyOf(bgpPeers);
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(agentCommit, "agentCommit");
    Objects.requireNonNull(agentDate, "agentDate");
  }

  /// @param pubkey device
  /// @param bgpPeers neighbours
  /// @return a query without agent build information
  public static ConfigQuery of(String pubkey, List<String> bgpPeers) {
    return new ConfigQuery(pubkey, bgpPeers, "", "", "");
  }
}
