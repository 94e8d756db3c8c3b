package doublezero.sdk.solana.pubsub;

import doublezero.sdk.solana.rpc.Commitment;
import java.time.Duration;
import java.util.Objects;

/// Settings of a [PubSubClient].
///
/// @param requestTimeout how long to wait for the WebSocket handshake and for the answer to a
///   subscribe request
/// @param reconnectBase delay before the first reconnect attempt after the socket drops; doubles
///   per failed attempt, with jitter of up to half the delay
/// @param reconnectMax upper bound of one reconnect delay (attempts continue until
///   [PubSubClient#close()])
/// @param commitment commitment of subscriptions that do not name one
public record PubSubConfig(
    Duration requestTimeout, Duration reconnectBase, Duration reconnectMax, Commitment commitment) {
  /// 10 s request timeout, reconnect from 250 ms up to 10 s, `confirmed`.
  public static final PubSubConfig DEFAULTS =
      new PubSubConfig(
          Duration.ofSeconds(10),
          Duration.ofMillis(250),
          Duration.ofSeconds(10),
          Commitment.CONFIRMED);

  /// @throws IllegalArgumentException when the timeout is not positive or a delay is negative
  public PubSubConfig {
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(reconnectBase, "reconnectBase");
    Objects.requireNonNull(reconnectMax, "reconnectMax");
    Objects.requireNonNull(commitment, "commitment");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
    }
    if (reconnectBase.isNegative() || reconnectMax.isNegative()) {
      throw new IllegalArgumentException("reconnect delays must not be negative");
    }
  }

  /// @param base first reconnect delay
  /// @param max largest reconnect delay
  /// @return a copy with that reconnect backoff
  public PubSubConfig withReconnect(Duration base, Duration max) {
    return new PubSubConfig(requestTimeout, base, max, commitment);
  }

  /// @param c the default commitment
  /// @return a copy with that commitment
  public PubSubConfig withCommitment(Commitment c) {
    return new PubSubConfig(requestTimeout, reconnectBase, reconnectMax, c);
  }
}
