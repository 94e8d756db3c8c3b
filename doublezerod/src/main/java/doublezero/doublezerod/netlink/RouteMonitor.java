package doublezero.doublezerod.netlink;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/// A subscription to IPv4 route changes (`RTNLGRP_IPV4_ROUTE`): every `RTM_NEWROUTE`/`RTM_DELROUTE`
/// the kernel multicasts reaches `onChange` in datagram order. When the socket overruns (ENOBUFS),
/// `onOverrun` runs so the owner can resynchronise from a dump. The socket belongs to the namespace
/// of the thread that calls [#start].
public final class RouteMonitor implements AutoCloseable {
  private final NetlinkSocket socket;
  private final Thread thread;

  private RouteMonitor(NetlinkSocket socket, Thread thread) {
    this.socket = socket;
    this.thread = thread;
  }

  /// @param threads makes the reading thread
  /// @param onChange receives the route messages of each datagram
  /// @param onOverrun called after the kernel dropped notifications
  /// @return the running monitor
  /// @throws NetlinkException when the socket cannot be opened
  public static RouteMonitor start(
      ThreadFactory threads, Consumer<List<NetlinkMessage.Route>> onChange, Runnable onOverrun) {
    return start(threads, onChange, onOverrun, -1);
  }

  /// Like [#start], but only `RTM_DELROUTE` notifications reach the process: a socket filter drops
  /// the others in the kernel, so the `RTM_NEWROUTE` echo of every route the daemon installs
  /// (10,000 of them when a peer sends a full table) costs neither a wake-up nor a parse, nor
  /// receive buffer space.
  ///
  /// @param threads makes the reading thread
  /// @param onChange receives the deletions of each datagram
  /// @param onOverrun called after the kernel dropped notifications
  /// @return the running monitor
  /// @throws NetlinkException when the socket cannot be opened or the filter attached
  public static RouteMonitor startDeletions(
      ThreadFactory threads, Consumer<List<NetlinkMessage.Route>> onChange, Runnable onOverrun) {
    return start(threads, onChange, onOverrun, Rtnetlink.RTM_DELROUTE);
  }

  private static RouteMonitor start(
      ThreadFactory threads,
      Consumer<List<NetlinkMessage.Route>> onChange,
      Runnable onOverrun,
      int onlyType) {
    NetlinkSocket socket = new NetlinkSocket(Rtnetlink.RTMGRP_IPV4_ROUTE, 200, 8 << 20, onlyType);
    Thread t = threads.newThread(() -> read(socket, onChange, onOverrun));
    t.setName("netlink-route-monitor");
    t.setDaemon(true);
    t.start();
    return new RouteMonitor(socket, t);
  }

  private static void read(
      NetlinkSocket socket, Consumer<List<NetlinkMessage.Route>> onChange, Runnable onOverrun) {
    while (!socket.closed()) {
      try {
        byte[] datagram = socket.receive();
        if (datagram.length == 0) {
          continue;
        }
        List<NetlinkMessage.Route> routes =
            RtnetlinkParser.parse(datagram, datagram.length).stream()
                .filter(m -> m instanceof NetlinkMessage.Route)
                .map(m -> (NetlinkMessage.Route) m)
                .toList();
        if (!routes.isEmpty()) {
          onChange.accept(routes);
        }
      } catch (NetlinkException e) {
        if (e.errno() == NetlinkSocket.ENOBUFS) {
          onOverrun.run();
        } else if (!socket.closed()) {
          throw e;
        }
      } catch (IllegalStateException e) {
        if (!socket.closed()) {
          throw e;
        }
      }
    }
  }

  @Override
  public void close() {
    socket.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
