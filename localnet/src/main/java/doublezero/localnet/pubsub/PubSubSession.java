package doublezero.localnet.pubsub;

/// One WebSocket connection as the hub sees it.
public interface PubSubSession {
  /// Queues a text frame (UTF-8 JSON) without blocking. A session whose queue is over its bound
  /// closes itself instead of queueing more.
  void send(byte[] utf8);
}
