package doublezero.telemetry.peer;

import doublezero.telemetry.journal.Circuit;
import java.util.Optional;

/// A device this agent probes over one link (`reference/telemetry-geolocation.md` §B.3).
///
/// @param circuit the direction measured (this device → peer over the link)
/// @param tunnel the local tunnel end, or empty when no local interface holds the link's /31 (the
///   peer then gets a loss sample every tick, as in the reference)
public record Peer(Circuit circuit, Optional<Tunnel> tunnel) {
  /// @return the reference's peer key, `device=<pk>,addr=<target ip>,link=<link pk>` when printed
  public PeerKey key() {
    return new PeerKey(circuit.target(), tunnel.map(Tunnel::target), circuit.link());
  }
}
