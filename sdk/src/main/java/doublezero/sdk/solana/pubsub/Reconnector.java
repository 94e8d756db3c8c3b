package doublezero.sdk.solana.pubsub;

import doublezero.sdk.solana.rpc.RpcException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/// Reconnects a [PubSubClient] after its socket dropped: waits `reconnectBase · 2^attempt` (capped
/// at `reconnectMax`, jittered down by up to half), opens a new socket, subscribes every live
/// subscription again, and repeats until that succeeds or the client closes. One virtual thread at
/// a time.
final class Reconnector {
  private final PubSubClient client;
  private final ReentrantLock lock = new ReentrantLock();
  private Thread thread;
  private boolean stopped;

  Reconnector(PubSubClient client) {
    this.client = client;
  }

  /// @return true when this call started reconnecting, false when it was already under way or
  ///   stopped
  boolean start() {
    lock.lock();
    try {
      if (stopped || thread != null) {
        return false;
      }
      thread = Thread.ofVirtual().name("solana-pubsub-reconnect").start(this::run);
      return true;
    } finally {
      lock.unlock();
    }
  }

  void stop() {
    lock.lock();
    try {
      stopped = true;
      if (thread != null) {
        thread.interrupt();
      }
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    int attempt = 0;
    while (!client.isClosed()) {
      try {
        Thread.sleep(delay(attempt++));
      } catch (InterruptedException e) {
        return;
      }
      PubSubConnection c;
      try {
        c = client.open();
      } catch (RpcException e) {
        continue;
      }
      client.installed(c);
      client.resubscribeAll(c);
      if (!c.isDead() && finish(c)) {
        client.reconnected();
        return;
      }
    }
  }

  /// Ends this run unless the new socket died meanwhile (then its loss was not reported and we go
  /// on).
  private boolean finish(PubSubConnection c) {
    lock.lock();
    try {
      if (c.isDead()) {
        return false;
      }
      thread = null;
      if (client.isClosed()) {
        c.shutdown();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private Duration delay(int attempt) {
    PubSubConfig config = client.config();
    long base = config.reconnectBase().toMillis();
    long exp = Math.min(config.reconnectMax().toMillis(), base << Math.min(attempt, 30));
    long half = exp / 2;
    return Duration.ofMillis(
        half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
  }
}
