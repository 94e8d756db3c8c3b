package doublezero.sdk.solana.pubsub;

/// Connection events of a [PubSubClient], called on the client's delivery thread (in order with
/// notifications). After [#onReconnected()] every live subscription is active again, but
/// notifications sent while the socket was down are lost: re-read the state you follow.
public interface ConnectionListener {
  /// Ignores every event.
  ConnectionListener NONE = new ConnectionListener() {};

  /// The socket dropped; the client is reconnecting.
  ///
  /// @param cause why, when known (null for a clean close by the server)
  default void onDisconnected(Throwable cause) {}

  /// The socket is back and every live subscription was subscribed again.
  default void onReconnected() {}

  /// A notification could not be decoded, a listener threw, or a subscription was refused on
  /// resubscribe (that subscription is then closed).
  ///
  /// @param error what failed ([doublezero.sdk.solana.rpc.RpcException] for node and decoding
  ///   problems)
  default void onError(RuntimeException error) {}
}
