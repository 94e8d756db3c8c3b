package doublezero.sdk.solana.pubsub;

import java.util.OptionalLong;

/// A live PubSub subscription. It survives reconnects (the node then assigns a new id, mapped to
/// this handle).
public interface Subscription extends AutoCloseable {
  /// @return the subscribe method, e.g. `accountSubscribe`
  String method();

  /// @return whether notifications may still arrive: not closed, the client not closed, and (for
  ///   `signatureSubscribe`) not yet notified
  boolean isActive();

  /// @return the node's id of this subscription on the current connection; empty while not
  ///   subscribed
  OptionalLong serverId();

  /// Stops notifications at once and sends the matching `…Unsubscribe` to the node (without waiting
  /// for its answer). Idempotent; never throws.
  @Override
  void close();
}
