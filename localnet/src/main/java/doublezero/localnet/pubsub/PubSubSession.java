package doublezero.localnet.pubsub;

/// One WebSocket connection as the hub sees it.
public interface PubSubSession {
  /// Sends a text frame without blocking.
  void send(String text);
}
