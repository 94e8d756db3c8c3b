package doublezero.telemetry.probe;

import doublezero.telemetry.net.ProbeSockets;
import doublezero.telemetry.peer.Peer;
import doublezero.telemetry.peer.PeerKey;
import doublezero.telemetry.peer.Tunnel;
import doublezero.telemetry.twamp.ProbeOutcome;
import doublezero.telemetry.twamp.TwampSender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One [TwampSender] per peer key, as the reference's collector keeps them
/// (`reference/telemetry-geolocation.md` §B.4): created on first use (bound to the tunnel's source
/// address and interface, aimed at the peer's address and the TWAMP port), recreated after `ttl` (a
/// new socket, sequence back to 1), closed after `maxConsecutiveLosses` losses in a row or when the
/// peer is gone.
public final class SenderPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SenderPool.class);

  private record Entry(TwampSender sender, long createdNanos, int losses) {}

  private final int twampPort;
  private final Duration timeout;
  private final Duration ttl;
  private final int maxConsecutiveLosses;
  private final boolean bindToDevice;
  private final Map<PeerKey, Entry> senders = new ConcurrentHashMap<>();

  /// @param twampPort the peers' reflector port
  /// @param timeout per-probe timeout
  /// @param ttl sender lifetime
  /// @param maxConsecutiveLosses losses in a row after which a sender is recreated
  /// @param bindToDevice whether to bind sockets to the tunnel interface (`SO_BINDTODEVICE`)
  public SenderPool(
      int twampPort,
      Duration timeout,
      Duration ttl,
      int maxConsecutiveLosses,
      boolean bindToDevice) {
    this.twampPort = twampPort;
    this.timeout = timeout;
    this.ttl = ttl;
    this.maxConsecutiveLosses = maxConsecutiveLosses;
    this.bindToDevice = bindToDevice;
  }

  /// Probes a peer once (creating its sender if needed).
  ///
  /// @param peer a peer with a tunnel
  /// @return the outcome; a sender that cannot be created is a [ProbeOutcome.Failed]
  public ProbeOutcome probe(Peer peer) {
    Tunnel t = peer.tunnel().orElseThrow();
    PeerKey key = peer.key();
    Entry e = senders.get(key);
    long now = System.nanoTime();
    if (e != null
        && (now - e.createdNanos() > ttl.toNanos() || e.losses() >= maxConsecutiveLosses)) {
      senders.remove(key);
      e.sender().close();
      e = null;
    }
    if (e == null) {
      try {
        e =
            new Entry(
                new TwampSender(
                    ProbeSockets.open(
                        new InetSocketAddress(inet(t.source().octets()), 0),
                        new InetSocketAddress(inet(t.target().octets()), twampPort),
                        bindToDevice ? t.interfaceName() : null)),
                now,
                0);
      } catch (IOException ex) {
        return new ProbeOutcome.Failed("sender: " + ex.getMessage());
      }
      senders.put(key, e);
    }
    ProbeOutcome o;
    synchronized (e.sender()) {
      o = e.sender().probe(timeout);
    }
    int losses = o instanceof ProbeOutcome.Reply ? 0 : e.losses() + 1;
    senders.replace(key, e, new Entry(e.sender(), e.createdNanos(), losses));
    return o;
  }

  /// Closes the senders of peers no longer listed.
  ///
  /// @param keys the current peers' keys
  public void retain(Set<PeerKey> keys) {
    senders
        .entrySet()
        .removeIf(
            en -> {
              if (keys.contains(en.getKey())) {
                return false;
              }
              en.getValue().sender().close();
              LOG.info("event=sender-closed peer=\"{}\"", en.getKey());
              return true;
            });
  }

  private static InetAddress inet(byte[] octets) {
    try {
      return InetAddress.getByAddress(octets);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public void close() {
    senders.values().forEach(en -> en.sender().close());
    senders.clear();
  }
}
