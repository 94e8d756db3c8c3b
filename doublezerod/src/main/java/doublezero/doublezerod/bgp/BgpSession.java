package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

/// One outbound BGP session (RFC 4271 §8, active side only): connect from the local overlay
/// address, OPEN with IPv4-unicast multiprotocol and four-octet AS capabilities, KEEPALIVE,
/// Established, advertise, then read UPDATEs until an error, a NOTIFICATION, the hold timer or
/// [#close]. After a close it waits the connect-retry time and dials again. Every route learned
/// from the peer is withdrawn through the listener when the session goes down.
public final class BgpSession implements AutoCloseable {
  private static final Logger LOG = System.getLogger("doublezerod.bgp");

  /// Most prefixes reported to the listener in one call.
  static final int MAX_BURST = 4096;

  private final PeerConfig peer;
  private final RouteListener listener;
  private final ThreadFactory threads;
  private final StatusTracker status;
  private final Set<NetworkV4> learned = new LinkedHashSet<>();
  private final List<LearnedRoute> pending = new ArrayList<>();
  private final Thread loop;
  private volatile FsmState state = FsmState.IDLE;
  private volatile boolean closed;
  private volatile BgpConnection connection;

  BgpSession(PeerConfig peer, RouteListener listener, ThreadFactory threads, Clock clock) {
    this.peer = peer;
    this.listener = listener;
    this.threads = threads;
    this.status = new StatusTracker(peer, listener, clock);
    this.loop = threads.newThread(this::run);
    loop.setName("bgp-" + peer.remoteAddress());
  }

  void start() {
    loop.start();
  }

  /// @return the reported status and when it changed
  public SessionState status() {
    return status.state();
  }

  /// @return the FSM state
  public FsmState fsmState() {
    return state;
  }

  /// @return the peer
  public PeerConfig peer() {
    return peer;
  }

  private void run() {
    while (!closed) {
      state = FsmState.CONNECT;
      try (Socket socket = new Socket()) {
        socket.setTcpNoDelay(true);
        socket.bind(new InetSocketAddress(peer.localAddress().toInetAddress(), 0));
        int timeout = (int) peer.timers().connectRetry().toMillis();
        socket.connect(
            new InetSocketAddress(peer.remoteAddress().toInetAddress(), peer.timers().port()),
            timeout);
        status.tcpConnected();
        try (BgpConnection c = new BgpConnection(socket)) {
          connection = c;
          String reason;
          try {
            reason = session(c);
          } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "bgp.session: failed peer=" + peer.remoteAddress(), e);
            reason = "internal error: " + e;
          }
          LOG.log(
              Level.INFO,
              "bgp.session: closed peer={0} reason=\"{1}\"",
              peer.remoteAddress(),
              reason);
          down(reason);
        }
      } catch (IOException e) {
        state = FsmState.ACTIVE;
        LOG.log(
            Level.DEBUG,
            "bgp.session: connect failed peer={0} error=\"{1}\"",
            peer.remoteAddress(),
            e);
      } finally {
        connection = null;
      }
      state = FsmState.IDLE;
      sleep(peer.timers().connectRetry().toMillis());
    }
  }

  /// Runs one connection from OPEN to its end.
  ///
  /// @return why it ended
  private String session(BgpConnection c) throws IOException {
    boolean wasEstablished = false;
    try {
      c.write(ourOpen());
      state = FsmState.OPEN_SENT;
      c.readTimeout(240_000);
      Open open = expectOpen(c.read());
      status.openReceived();
      c.fourOctetAs(open.supportsFourOctetAs());
      int hold = Math.min(open.holdTimeSeconds(), (int) peer.timers().holdTime().toSeconds());
      c.write(Keepalive.INSTANCE);
      state = FsmState.OPEN_CONFIRM;
      c.readTimeout(hold * 1000);
      BgpMessage confirm = c.read();
      if (confirm instanceof Notification n) {
        return "notification received " + n;
      }
      if (!(confirm instanceof Keepalive)) {
        throw new BgpException(
            BgpError.FSM_ERROR, new byte[0], "expected KEEPALIVE in OpenConfirm");
      }
      state = FsmState.ESTABLISHED;
      wasEstablished = true;
      status.established();
      listener.sessionUp(peer);
      LOG.log(Level.INFO, "bgp.session: established peer={0} hold={1}", peer.remoteAddress(), hold);
      advertise(c);
      Thread keepalive = hold > 0 ? threads.newThread(() -> keepalives(c, hold)) : null;
      if (keepalive != null) {
        keepalive.start();
      }
      try {
        return established(c);
      } finally {
        if (keepalive != null) {
          keepalive.interrupt();
        }
      }
    } catch (BgpException e) {
      sendQuietly(c, e.notification());
      return "notification sent " + e.getMessage();
    } catch (SocketTimeoutException e) {
      sendQuietly(c, Notification.of(BgpError.HOLD_TIMER_EXPIRED, new byte[0]));
      return wasEstablished ? "hold timer expired" : "no answer from peer";
    } catch (IOException e) {
      return closed ? "closed" : "connection lost: " + e.getMessage();
    }
  }

  private Open expectOpen(BgpMessage m) {
    return switch (m) {
      case Open o -> {
        if (o.autonomousSystem() != peer.remoteAsn()) {
          byte[] as = {(byte) (o.myAutonomousSystem() >> 8), (byte) o.myAutonomousSystem()};
          throw new BgpException(BgpError.BAD_PEER_AS, as, "peer AS " + o.autonomousSystem());
        }
        yield o;
      }
      case Notification n ->
          throw new BgpException(BgpError.FSM_ERROR, new byte[0], "peer refused: " + n);
      case Update _, Keepalive _, MalformedUpdate _ ->
          throw new BgpException(BgpError.FSM_ERROR, new byte[0], "expected OPEN in OpenSent");
    };
  }

  private String established(BgpConnection c) throws IOException {
    try {
      while (!closed) {
        switch (c.read()) {
          case Update u -> update(u);
          case MalformedUpdate w -> {
            LOG.log(
                Level.WARNING,
                "bgp.session: treat-as-withdraw peer={0} prefixes={1} reason=\"{2}\"",
                peer.remoteAddress(),
                w.withdrawn().size(),
                w.reason());
            withdraw(w.withdrawn());
          }
          case Keepalive _ -> {}
          case Notification n -> {
            return "notification received " + n;
          }
          case Open _ ->
              throw new BgpException(BgpError.FSM_ERROR, new byte[0], "OPEN in Established");
        }
        if (pending.size() >= MAX_BURST || !c.messageWaiting()) {
          reportLearned();
        }
      }
    } finally {
      reportLearned();
    }
    sendQuietly(c, Notification.of(BgpError.CEASE_ADMINISTRATIVE_SHUTDOWN, new byte[0]));
    return "closed";
  }

  private void update(Update u) {
    withdraw(u.unreachable());
    List<NetworkV4> reachable = u.reachable();
    if (reachable.isEmpty()) {
      return;
    }
    Ipv4Address nextHop = u.nextHop().orElseThrow();
    if (nextHop.equals(peer.localAddress())) {
      LOG.log(
          Level.WARNING,
          "bgp.session: treat-as-withdraw peer={0} reason=\"NEXT_HOP is our own address\"",
          peer.remoteAddress());
      withdraw(reachable);
      return;
    }
    for (NetworkV4 p : reachable) {
      pending.add(new LearnedRoute(p, nextHop));
      learned.add(p);
    }
  }

  /// Reports the routes of the UPDATEs read so far in one call (a burst: the UPDATEs that were
  /// already waiting when the first was read, at most [#MAX_BURST] prefixes).
  private void reportLearned() {
    if (!pending.isEmpty()) {
      List<LearnedRoute> routes = List.copyOf(pending);
      pending.clear();
      listener.routesLearned(peer, routes);
    }
  }

  private void withdraw(List<NetworkV4> prefixes) {
    List<NetworkV4> known = prefixes.stream().filter(learned::remove).toList();
    if (!known.isEmpty()) {
      reportLearned(); // in order: what was learned before the withdrawal goes first
      listener.routesWithdrawn(peer, known);
    }
  }

  private void down(String reason) {
    boolean wasUp = state == FsmState.ESTABLISHED;
    state = FsmState.IDLE;
    if (!learned.isEmpty()) {
      List<NetworkV4> all = List.copyOf(learned);
      learned.clear();
      listener.routesWithdrawn(peer, all);
    }
    status.closed();
    if (wasUp) {
      listener.sessionDown(peer, reason);
    }
  }

  private Open ourOpen() {
    long asn = peer.localAsn();
    int twoOctet = asn > 0xFFFF ? Open.AS_TRANS : (int) asn;
    return new Open(
        4,
        twoOctet,
        (int) peer.timers().holdTime().toSeconds(),
        PeerConfig.ROUTER_ID,
        List.of(Capability.Multiprotocol.IPV4_UNICAST, new Capability.FourOctetAs(asn)));
  }

  private void advertise(BgpConnection c) throws IOException {
    for (NetworkV4 prefix : peer.advertised()) {
      c.write(
          new Update(
              List.of(),
              List.of(
                  PathAttribute.Origin.IGP,
                  PathAttribute.AsPath.sequence(List.of(peer.localAsn())),
                  new PathAttribute.NextHop(peer.localAddress())),
              List.of(prefix)));
    }
  }

  private void keepalives(BgpConnection c, int holdSeconds) {
    long interval = Math.max(1000, holdSeconds * 1000L / 3);
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(interval);
        c.write(Keepalive.INSTANCE);
      }
    } catch (InterruptedException | IOException e) {
      // the session thread ends the connection
    }
  }

  private static void sendQuietly(BgpConnection c, Notification n) {
    try {
      c.write(n);
    } catch (IOException ignored) {
      // the connection is going away anyway
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /// Sends a Cease NOTIFICATION when Established, closes the connection, withdraws every learned
  /// route through the listener and stops reconnecting. Idempotent.
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    BgpConnection c = connection;
    if (c != null) {
      if (state == FsmState.ESTABLISHED) {
        sendQuietly(c, Notification.of(BgpError.CEASE_ADMINISTRATIVE_SHUTDOWN, new byte[0]));
      }
      c.close();
    }
    loop.interrupt();
    try {
      loop.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    status.stop();
  }
}
