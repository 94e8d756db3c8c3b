package doublezero.telemetry.probe;

import doublezero.telemetry.net.ProbeSockets;
import doublezero.telemetry.net.SocketPoller;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One [TwampSender] per peer key, as the reference's collector keeps them
/// (`reference/telemetry-geolocation.md` §B.4): created on first use (bound to the tunnel's source
/// address and interface, aimed at the peer's address and the TWAMP port), recreated after `ttl` (a
/// new socket, sequence back to 1), closed after `maxConsecutiveLosses` losses in a row or when the
/// peer is gone. [#probeAll] probes a whole tick from the calling thread with one [SocketPoller]
/// where sockets take kernel timestamps, else with one pooled thread per probe.
public final class SenderPool implements Prober, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SenderPool.class);

  private record Entry(TwampSender sender, long createdNanos, int losses) {}

  private final int twampPort;
  private final Duration timeout;
  private final Duration ttl;
  private final int maxConsecutiveLosses;
  private final boolean bindToDevice;
  private final Map<PeerKey, Entry> senders = new ConcurrentHashMap<>();
  private final boolean oneThread;
  private final SocketPoller poller;
  private final ExecutorService threads;

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
    this(
        twampPort,
        timeout,
        ttl,
        maxConsecutiveLosses,
        bindToDevice,
        ProbeSockets.kernelTimestampsAvailable());
  }

  /// @param oneThread whether [#probeAll] runs from the calling thread (kernel-timestamp sockets
  ///   only) or on one pooled thread per probe (tests choose; production takes the platform's)
  SenderPool(
      int twampPort,
      Duration timeout,
      Duration ttl,
      int maxConsecutiveLosses,
      boolean bindToDevice,
      boolean oneThread) {
    this.twampPort = twampPort;
    this.timeout = timeout;
    this.ttl = ttl;
    this.maxConsecutiveLosses = maxConsecutiveLosses;
    this.bindToDevice = bindToDevice;
    this.oneThread = oneThread;
    this.poller = oneThread ? new SocketPoller() : null;
    this.threads =
        oneThread
            ? null
            : Executors.newCachedThreadPool(
                Thread.ofPlatform().daemon().name("probe-", 0).factory());
  }

  /// Probes every peer once (creating senders as needed), all at the same time, and returns when
  /// each has its reply or the per-probe timeout passed.
  ///
  /// @param peers peers with a tunnel
  /// @return one result per peer, same order; a sender that cannot be created is a
  ///   [ProbeOutcome.Failed]
  @Override
  public List<Probed> probeAll(List<Peer> peers) {
    return oneThread ? probeInOneThread(peers) : probeInThreads(peers);
  }

  private List<Probed> probeInOneThread(List<Peer> peers) {
    int n = peers.size();
    Probed[] out = new Probed[n];
    List<Entry> entries = new ArrayList<>(n);
    List<TwampSender> active = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long ts = Sampler.nowMicros();
      Entry e;
      try {
        e = entry(peers.get(i));
      } catch (IOException ex) {
        out[i] = new Probed(ts, new ProbeOutcome.Failed("sender: " + ex.getMessage()));
        e = null;
      }
      entries.add(e);
      active.add(e == null ? null : e.sender());
    }
    new ProbeRound(poller).run(active, timeout.toNanos(), out);
    for (int i = 0; i < n; i++) {
      if (entries.get(i) != null) {
        record(peers.get(i).key(), entries.get(i), out[i].outcome());
      }
    }
    return List.of(out);
  }

  private List<Probed> probeInThreads(List<Peer> peers) {
    List<Future<Probed>> futures = new ArrayList<>(peers.size());
    for (Peer p : peers) {
      futures.add(
          threads.submit(
              () -> {
                long ts = Sampler.nowMicros();
                return new Probed(ts, probe(p));
              }));
    }
    List<Probed> out = new ArrayList<>(peers.size());
    for (Future<Probed> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        out.add(new Probed(Sampler.nowMicros(), new ProbeOutcome.Failed("interrupted")));
      } catch (ExecutionException e) {
        out.add(new Probed(Sampler.nowMicros(), new ProbeOutcome.Failed(e.getCause().toString())));
      }
    }
    return out;
  }

  /// Probes a peer once (creating its sender if needed), blocking this thread.
  ///
  /// @param peer a peer with a tunnel
  /// @return the outcome; a sender that cannot be created is a [ProbeOutcome.Failed]
  public ProbeOutcome probe(Peer peer) {
    Entry e;
    try {
      e = entry(peer);
    } catch (IOException ex) {
      return new ProbeOutcome.Failed("sender: " + ex.getMessage());
    }
    ProbeOutcome o;
    synchronized (e.sender()) {
      o = e.sender().probe(timeout);
    }
    record(peer.key(), e, o);
    return o;
  }

  /// @return the peer's sender, recreated after its lifetime or too many losses in a row
  private Entry entry(Peer peer) throws IOException {
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
      e =
          new Entry(
              new TwampSender(
                  ProbeSockets.open(
                      new InetSocketAddress(inet(t.source().octets()), 0),
                      new InetSocketAddress(inet(t.target().octets()), twampPort),
                      bindToDevice ? t.interfaceName() : null)),
              now,
              0);
      senders.put(key, e);
    }
    return e;
  }

  private void record(PeerKey key, Entry e, ProbeOutcome o) {
    int losses = o instanceof ProbeOutcome.Reply ? 0 : e.losses() + 1;
    senders.replace(key, e, new Entry(e.sender(), e.createdNanos(), losses));
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
    if (threads != null) {
      threads.shutdownNow();
    }
    senders.values().forEach(en -> en.sender().close());
    senders.clear();
    if (poller != null) {
      poller.close();
    }
  }
}
