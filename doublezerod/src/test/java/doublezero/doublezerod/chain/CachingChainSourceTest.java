package doublezero.doublezerod.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/// TTL, stale data through an outage with its age, and an error when nothing was ever fetched.
class CachingChainSourceTest {
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fetchFreshAsksTheLedgerWithinTheTtlAndFallsBackToTheCache() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<RuntimeException> fail = new AtomicReference<>();
    ChainSource upstream =
        () -> {
          calls.incrementAndGet();
          if (fail.get() != null) {
            throw fail.get();
          }
          return ProgramData.EMPTY;
        };
    MutableClock clock = new MutableClock();
    CachingChainSource c = new CachingChainSource(upstream, Duration.ofSeconds(5), clock);
    c.fetch();
    clock.now = clock.now.plusSeconds(1);
    assertThat(c.fetchFresh()).isSameAs(ProgramData.EMPTY);
    assertThat(calls).hasValue(2);
    c.fetch();
    assertThat(calls).as("the fresh snapshot restarts the TTL").hasValue(2);
    fail.set(new IllegalStateException("rpc down"));
    assertThat(c.fetchFresh()).isSameAs(ProgramData.EMPTY);
    assertThat(calls).hasValue(3);
    assertThat(c.staleAge()).contains(Duration.ZERO);
  }

  @Test
  void servesCacheWithinTtlAndStaleThroughOutage() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<RuntimeException> fail = new AtomicReference<>();
    ChainSource upstream =
        () -> {
          calls.incrementAndGet();
          if (fail.get() != null) {
            throw fail.get();
          }
          return ProgramData.EMPTY;
        };
    MutableClock clock = new MutableClock();
    CachingChainSource c = new CachingChainSource(upstream, Duration.ofSeconds(5), clock);
    assertThat(c.fetch()).isSameAs(ProgramData.EMPTY);
    clock.now = clock.now.plusSeconds(4);
    c.fetch();
    assertThat(calls).hasValue(1);
    clock.now = clock.now.plusSeconds(2);
    fail.set(new IllegalStateException("rpc down"));
    assertThat(c.fetch()).isSameAs(ProgramData.EMPTY);
    assertThat(c.staleAge()).contains(Duration.ofSeconds(6));
    clock.now = clock.now.plusSeconds(10);
    c.fetch();
    assertThat(c.staleAge()).contains(Duration.ofSeconds(16));
    assertThat(c.failures()).isEqualTo(2);
    fail.set(null);
    c.fetch();
    assertThat(c.staleAge()).isEmpty();
  }

  @Test
  void noSnapshotYetPropagatesTheError() {
    CachingChainSource c =
        new CachingChainSource(
            () -> {
              throw new IllegalStateException("rpc down");
            },
            Duration.ofSeconds(5),
            Clock.systemUTC());
    assertThatThrownBy(c::fetch).hasMessage("rpc down");
  }
}
