package doublezero.sdk.solana.rpc;

import java.time.Duration;
import java.util.Objects;

/// Settings of an [RpcClient].
///
/// @param timeout per-request timeout (connect and response), also the PubSub subscribe-answer
///   timeout
/// @param maxRetries how many times a request is retried after the first attempt (0 = never) on
///   HTTP 429, 5xx, timeouts and I/O errors; JSON-RPC error answers are never retried
/// @param backoffBase delay before the first retry; doubles per retry, with jitter of up to half
///   the delay
/// @param backoffMax upper bound of one backoff delay (a `Retry-After` header is honoured up to 60
///   s)
/// @param commitment the commitment sent with every method that takes one, unless the call names
///   another
/// @param pollInterval how often [RpcClient#confirmTransaction] polls `getSignatureStatuses`
public record RpcClientConfig(
    Duration timeout,
    int maxRetries,
    Duration backoffBase,
    Duration backoffMax,
    Commitment commitment,
    Duration pollInterval) {

  /// 30 s timeout, 3 retries from 200 ms up to 5 s, `confirmed`, polling every 400 ms.
  public static final RpcClientConfig DEFAULTS =
      new RpcClientConfig(
          Duration.ofSeconds(30),
          3,
          Duration.ofMillis(200),
          Duration.ofSeconds(5),
          Commitment.CONFIRMED,
          Duration.ofMillis(400));

  /// @throws IllegalArgumentException when a duration is negative (timeout must be positive) or
  ///   maxRetries < 0
  public RpcClientConfig {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoffBase, "backoffBase");
    Objects.requireNonNull(backoffMax, "backoffMax");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    if (backoffBase.isNegative() || backoffMax.isNegative() || pollInterval.isNegative()) {
      throw new IllegalArgumentException("backoff and poll durations must not be negative");
    }
  }

  /// @param c the default commitment
  /// @return a copy with that commitment
  public RpcClientConfig withCommitment(Commitment c) {
    return new RpcClientConfig(timeout, maxRetries, backoffBase, backoffMax, c, pollInterval);
  }

  /// @param retries retries after the first attempt
  /// @param base first backoff delay
  /// @param max largest backoff delay
  /// @return a copy with that retry policy
  public RpcClientConfig withRetries(int retries, Duration base, Duration max) {
    return new RpcClientConfig(timeout, retries, base, max, commitment, pollInterval);
  }

  /// @param t the per-request timeout
  /// @return a copy with that timeout
  public RpcClientConfig withTimeout(Duration t) {
    return new RpcClientConfig(t, maxRetries, backoffBase, backoffMax, commitment, pollInterval);
  }

  /// @param interval the confirmation polling interval
  /// @return a copy with that interval
  public RpcClientConfig withPollInterval(Duration interval) {
    return new RpcClientConfig(timeout, maxRetries, backoffBase, backoffMax, commitment, interval);
  }
}
