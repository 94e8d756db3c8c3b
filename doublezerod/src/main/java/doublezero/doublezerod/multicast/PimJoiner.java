package doublezero.doublezerod.multicast;

import doublezero.doublezerod.pim.GroupEntry;
import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.pim.PimMessage;
import doublezero.doublezerod.pim.PimMessage.Hello;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.sdk.net.Ipv4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The multicast subscriber's PIM-SM side (`reference/cli-doublezerod.md` §D.7, reference
/// `client/doublezerod/internal/pim/server.go`): at start and every refresh (30 s) a Hello
/// (holdtime 105 s, generation ID 3614426332, DR priority 1) and one Join of every group as (*,G)
/// towards the rendezvous point 10.0.0.0 (holdtime 120 s), the upstream neighbour being the
/// device's overlay address; a group change sends a Prune (holdtime 5 s) of the removed groups and
/// a Join of the added ones without restarting; [#close] sends a Prune of every group (holdtime 5
/// s). No IGMP. Beyond the reference: more than 255 groups are split over several messages (the
/// reference's 8-bit group count would wrap) and an empty group set sends no Join/Prune. A failed
/// send is counted and logged, and retried at the next refresh.
public final class PimJoiner implements AutoCloseable {
  /// The anycast rendezvous point of DoubleZero.
  public static final Ipv4Address RENDEZVOUS_POINT = Ipv4Address.parse("10.0.0.0");

  /// Hello holdtime, seconds.
  public static final int HELLO_HOLDTIME = 105;

  /// Hello generation ID (the reference's constant).
  public static final long GENERATION_ID = 3614426332L;

  /// Join holdtime, seconds.
  public static final int JOIN_HOLDTIME = 120;

  /// Prune holdtime, seconds: the device flushes the state soon after.
  public static final int PRUNE_HOLDTIME = 5;

  /// The refresh period of Hello and Join.
  public static final Duration REFRESH = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(PimJoiner.class);
  private static final int MAX_GROUPS_PER_MESSAGE = 255;

  private final PimTransport transport;
  private final Ipv4Address upstream;
  private final ScheduledExecutorService timer;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private SequencedSet<Ipv4Address> groups;
  private boolean closed;

  private PimJoiner(
      PimTransport transport, Ipv4Address upstream, List<Ipv4Address> groups, ThreadFactory t) {
    this.transport = transport;
    this.upstream = upstream;
    this.groups = new LinkedHashSet<>(groups);
    this.timer = Executors.newSingleThreadScheduledExecutor(t);
  }

  /// Sends the first Hello and Join now (on the caller's thread), then refreshes them every
  /// `refresh`.
  ///
  /// @param transport where messages go (closed by [#close])
  /// @param upstream the device's overlay address (the tunnel's remote end)
  /// @param groups the subscribed groups
  /// @param refresh the refresh period ([#REFRESH] in the daemon)
  /// @param threads the factory of the timer thread (one that enters the daemon's namespace)
  /// @return the running joiner
  public static PimJoiner start(
      PimTransport transport,
      Ipv4Address upstream,
      List<Ipv4Address> groups,
      Duration refresh,
      ThreadFactory threads) {
    PimJoiner j = new PimJoiner(transport, upstream, groups, threads);
    j.refresh(); // at once, not a refresh period later
    j.timer.scheduleWithFixedDelay(
        j::refresh, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    return j;
  }

  /// Applies a new group set in place: Prune (holdtime 5 s) of removed groups, Join of added ones.
  ///
  /// @param newGroups the subscribed groups now
  public synchronized void updateGroups(List<Ipv4Address> newGroups) {
    SequencedSet<Ipv4Address> next = new LinkedHashSet<>(newGroups);
    List<Ipv4Address> removed = groups.stream().filter(g -> !next.contains(g)).toList();
    List<Ipv4Address> added = next.stream().filter(g -> !groups.contains(g)).toList();
    groups = next;
    send("prune", removed, PRUNE_HOLDTIME, g -> GroupEntry.starGPrune(g, RENDEZVOUS_POINT));
    send("join", added, JOIN_HOLDTIME, g -> GroupEntry.starGJoin(g, RENDEZVOUS_POINT));
  }

  /// @return the groups joined now
  public synchronized List<Ipv4Address> groups() {
    return List.copyOf(groups);
  }

  /// @return PIM messages sent
  public long sent() {
    return sent.get();
  }

  /// @return PIM messages the kernel refused
  public long failed() {
    return failed.get();
  }

  private synchronized void refresh() {
    if (closed) {
      return;
    }
    emit("hello", PimCodec.encode(Hello.standard(HELLO_HOLDTIME, GENERATION_ID, 1)));
    send(
        "join", List.copyOf(groups), JOIN_HOLDTIME, g -> GroupEntry.starGJoin(g, RENDEZVOUS_POINT));
  }

  private void send(
      String kind, List<Ipv4Address> which, int holdtime, Function<Ipv4Address, GroupEntry> entry) {
    for (int from = 0; from < which.size(); from += MAX_GROUPS_PER_MESSAGE) {
      List<GroupEntry> entries = new ArrayList<>();
      for (Ipv4Address g :
          which.subList(from, Math.min(which.size(), from + MAX_GROUPS_PER_MESSAGE))) {
        entries.add(entry.apply(g));
      }
      PimMessage m = new JoinPrune(upstream, holdtime, entries);
      emit(kind, PimCodec.encode(m));
    }
  }

  private void emit(String kind, byte[] message) {
    try {
      transport.send(message);
      sent.incrementAndGet();
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      LOG.warn(
          "event=pim-send-failed kind={} upstream={} failed_total={} error=\"{}\"",
          kind,
          upstream,
          failed.get(),
          e.getMessage());
    }
  }

  /// Stops refreshing, sends a Prune (holdtime 5 s) of every group and closes the transport. The
  /// caller waits about 1 s before tearing the tunnel down, as the reference does, so the Prune
  /// leaves the host.
  @Override
  public void close() {
    timer.shutdownNow();
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      send(
          "prune",
          List.copyOf(groups),
          PRUNE_HOLDTIME,
          g -> GroupEntry.starGPrune(g, RENDEZVOUS_POINT));
      transport.close();
    }
  }
}
