package doublezero.activator.events;

import doublezero.sdk.solana.key.PublicKey;
import java.util.HashMap;
import java.util.Map;

/// Per-account retry pacing after failed transactions: 250 ms doubled per consecutive failure, at
/// most 30 s, so a permanently failing account does not spin (the reference retried only on the
/// next delivery, §A.10). Not thread-safe: owned by the processor thread.
public final class Backoff {
  static final long BASE_NANOS = 250_000_000L;
  static final long MAX_NANOS = 30_000_000_000L;
  private final Map<PublicKey, int[]> failures = new HashMap<>();
  private final Map<PublicKey, Long> notBefore = new HashMap<>();

  /// Records a failure.
  ///
  /// @return the delay before the next attempt, in nanoseconds
  public long failed(PublicKey account, long now) {
    int n = ++failures.computeIfAbsent(account, k -> new int[1])[0];
    long delay = Math.min(MAX_NANOS, BASE_NANOS << Math.min(n - 1, 20));
    notBefore.put(account, now + delay);
    return delay;
  }

  /// Forgets the account's failures after a success.
  public void succeeded(PublicKey account) {
    failures.remove(account);
    notBefore.remove(account);
  }

  /// @return whether the account is still waiting out its delay at `now`
  public boolean waiting(PublicKey account, long now) {
    Long t = notBefore.get(account);
    return t != null && now < t;
  }
}
