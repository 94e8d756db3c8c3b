package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/// Retry backoff: exponential from the base, capped, jittered down by at most half.
class BackoffTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Property
  void backoffStaysWithinJitteredExponentialBounds(
      @ForAll @IntRange(min = 0, max = 80) int attempt,
      @ForAll @LongRange(min = 0, max = 10_000) long baseMillis,
      @ForAll @LongRange(min = 0, max = 60_000) long maxMillis) {
    RpcClientConfig config =
        RpcClientConfig.DEFAULTS.withRetries(
            3, Duration.ofMillis(baseMillis), Duration.ofMillis(maxMillis));
    JsonRpcTransport t = new JsonRpcTransport(HTTP, URI.create("http://127.0.0.1:1"), config);
    long exp =
        baseMillis == 0
            ? 0
            : Math.min(maxMillis, attempt >= 40 ? Long.MAX_VALUE : baseMillis << attempt);
    long d = t.backoff(attempt).toMillis();
    assertThat(d).isBetween(exp / 2, exp);
  }
}
