package doublezero.doublezerod.multicast;

import doublezero.sdk.net.Ipv4Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The multicast publisher's heartbeat (`reference/cli-doublezerod.md` §D.7, reference
/// `client/doublezerod/internal/multicast/heartbeat.go`): from dz_ip, through the tunnel, the
/// 4-byte [HeartbeatCodec] payload to UDP port 5765 of each published group with multicast TTL 32
/// (the devices' GRE tunnel TTL), at start and every 10 s, so the network keeps its (S,G) and MSDP
/// state for a publisher that is quiet. A group change sends at once. A failed send is counted and
/// logged.
public final class HeartbeatSender implements Heartbeats {
  /// The multicast TTL of heartbeats.
  public static final int TTL = 32;

  /// The period of heartbeats.
  public static final Duration INTERVAL = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(HeartbeatSender.class);
  private static final byte[] PAYLOAD = HeartbeatCodec.encode(HeartbeatCodec.VERSION);

  private final DatagramChannel channel;
  private final ScheduledExecutorService timer;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile List<Ipv4Address> groups;

  private HeartbeatSender(DatagramChannel channel, List<Ipv4Address> groups, ThreadFactory t) {
    this.channel = channel;
    this.groups = List.copyOf(groups);
    this.timer = Executors.newSingleThreadScheduledExecutor(t);
  }

  /// Opens a UDP socket bound to `source` with the tunnel as multicast interface, in the caller's
  /// network namespace, and starts sending.
  ///
  /// @param interfaceName the tunnel (`doublezero1`)
  /// @param source the publisher's dz_ip
  /// @param groups the published groups
  /// @param interval the period ([#INTERVAL] in the daemon)
  /// @param threads the factory of the timer thread
  /// @return the running sender
  /// @throws UncheckedIOException when the interface does not exist or the socket cannot be opened
  public static HeartbeatSender start(
      String interfaceName,
      Ipv4Address source,
      List<Ipv4Address> groups,
      Duration interval,
      ThreadFactory threads) {
    DatagramChannel ch = null;
    try {
      NetworkInterface nif = NetworkInterface.getByName(interfaceName);
      if (nif == null) {
        throw new SocketException("no interface " + interfaceName);
      }
      ch = DatagramChannel.open(StandardProtocolFamily.INET);
      ch.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
      ch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, TTL);
      ch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, false);
      ch.bind(new InetSocketAddress(source.toInetAddress(), 0));
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("heartbeat socket on " + interfaceName + ": " + e, e);
    }
    HeartbeatSender h = new HeartbeatSender(ch, groups, threads);
    h.timer.scheduleWithFixedDelay(h::sendAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return h;
  }

  /// Replaces the group list and sends to the new list at once.
  ///
  /// @param newGroups the published groups now
  @Override
  public void updateGroups(List<Ipv4Address> newGroups) {
    groups = List.copyOf(newGroups);
    timer.execute(this::sendAll);
  }

  /// @return heartbeats sent
  public long sent() {
    return sent.get();
  }

  /// @return heartbeats the kernel refused
  public long failed() {
    return failed.get();
  }

  private void sendAll() {
    for (Ipv4Address g : groups) {
      try {
        channel.send(
            ByteBuffer.wrap(PAYLOAD),
            new InetSocketAddress(g.toInetAddress(), HeartbeatCodec.PORT));
        sent.incrementAndGet();
      } catch (IOException e) {
        failed.incrementAndGet();
        LOG.warn(
            "event=heartbeat-send-failed group={} failed_total={} error=\"{}\"",
            g,
            failed.get(),
            e.getMessage());
      }
    }
  }

  private static void closeQuietly(DatagramChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }

  /// Stops sending and closes the socket.
  @Override
  public void close() {
    // not shutdownNow: an interrupt during a send closes the channel and counts a failure
    timer.shutdown();
    try {
      if (!timer.awaitTermination(1, TimeUnit.SECONDS)) {
        timer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeQuietly(channel);
  }
}
