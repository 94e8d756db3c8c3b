package doublezero.doublezerod.peering;

import doublezero.sdk.net.Ipv4Address;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A [BgpSessions] that opens no socket: it records every call ([#calls]) and reports each added
/// peer as `reportedStatus` (tests pass [SessionStatus#UP] to play a device that answers). It
/// stands in for the speaker until the composition root wires the real one.
public final class RecordingBgpSessions implements BgpSessions {
  private final SessionStatus reportedStatus;
  private final Clock clock;
  private final Map<Ipv4Address, SessionState> peers = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();

  /// @param reportedStatus what every added peer reports
  /// @param clock for `last_session_update`
  public RecordingBgpSessions(SessionStatus reportedStatus, Clock clock) {
    this.reportedStatus = reportedStatus;
    this.clock = clock;
  }

  @Override
  public synchronized void addPeer(PeerSpec peer) {
    calls.add(
        "addPeer "
            + peer.peerAddress()
            + " local="
            + peer.localAddress()
            + " asn="
            + peer.localAsn()
            + "/"
            + peer.remoteAsn()
            + " src="
            + peer.routeSrc()
            + " install="
            + peer.install());
    peers.put(
        peer.peerAddress(), new SessionState(reportedStatus, clock.instant().getEpochSecond()));
  }

  @Override
  public synchronized void deletePeer(Ipv4Address peerAddress) {
    calls.add("deletePeer " + peerAddress);
    peers.remove(peerAddress);
  }

  @Override
  public synchronized SessionState state(Ipv4Address peerAddress) {
    return peers.getOrDefault(peerAddress, SessionState.UNKNOWN);
  }

  /// @return the calls so far, e.g. `addPeer 169.254.0.0 local=169.254.0.1 asn=65000/65342 src=…
  ///   install=MAIN`
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public synchronized void close() {
    calls.add("close");
    peers.clear();
  }
}
