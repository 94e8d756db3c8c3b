package doublezero.doublezerod.peering;

import doublezero.sdk.net.Ipv4Address;

/// The daemon's port to its BGP-4 speaker (the speaker itself lives in
/// `doublezero.doublezerod.bgp`, built apart and wired in by the composition root). Sessions only
/// dial out; the speaker installs and removes the routes it learns as [PeerSpec#install] says and
/// removes every route of a peer when its session goes down.
public interface BgpSessions extends AutoCloseable {
  /// Starts a session (status [SessionStatus#PENDING] until heard from).
  ///
  /// @param peer the peer
  void addPeer(PeerSpec peer);

  /// Closes a session and removes the routes learned from it; unknown peers are ignored.
  ///
  /// @param peerAddress the device overlay address
  void deletePeer(Ipv4Address peerAddress);

  /// @param peerAddress the device overlay address
  /// @return its state, [SessionState#UNKNOWN] when no such peer
  SessionState state(Ipv4Address peerAddress);

  /// Closes every session.
  @Override
  void close();
}
