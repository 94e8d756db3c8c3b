package doublezero.doublezerod.bgp;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/// The status machine of reference §D.6: Pending on add and on each TCP connect, Initializing on
/// OPEN, Up on Established, Down on close; 30 s after the add or the last close without Established
/// it reports Network Unreachable (TCP never connected) or BGP Session Failed (TCP connected).
final class StatusTracker {
  static final long TIMEOUT_SECONDS = 30;
  private final PeerConfig peer;
  private final RouteListener listener;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> timeout;
  private SessionStatus status = SessionStatus.PENDING;
  private long since;
  private boolean tcpConnected;
  private boolean established;

  StatusTracker(PeerConfig peer, RouteListener listener, Clock clock) {
    this.peer = peer;
    this.listener = listener;
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
    set(SessionStatus.PENDING);
    restartTimeout();
  }

  synchronized void tcpConnected() {
    tcpConnected = true;
    set(SessionStatus.PENDING);
  }

  synchronized void openReceived() {
    set(SessionStatus.INITIALIZING);
  }

  synchronized void established() {
    established = true;
    if (timeout != null) {
      timeout.cancel(false);
    }
    set(SessionStatus.UP);
  }

  synchronized void closed() {
    established = false;
    set(SessionStatus.DOWN);
    restartTimeout();
  }

  synchronized SessionState state() {
    return new SessionState(status, since);
  }

  private void restartTimeout() {
    if (timeout != null) {
      timeout.cancel(false);
    }
    timeout = timer.schedule(this::timedOut, TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private synchronized void timedOut() {
    if (!established) {
      set(tcpConnected ? SessionStatus.FAILED : SessionStatus.NETWORK_UNREACHABLE);
    }
  }

  private void set(SessionStatus next) {
    status = next;
    since = clock.instant().getEpochSecond();
    listener.statusChanged(peer, next, since);
  }

  void stop() {
    timer.shutdownNow();
  }
}
