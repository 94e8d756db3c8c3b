package doublezero.telemetry.probe;

import doublezero.telemetry.peer.Peer;
import java.util.List;

/// Probes a tick's peers, all of them concurrently (`reference/telemetry-geolocation.md` §B.5).
public interface Prober {
  /// @param peers peers that have a tunnel
  /// @return one result per peer, in the same order; returns once every probe has its reply or
  ///   timed out
  List<Probed> probeAll(List<Peer> peers);
}
