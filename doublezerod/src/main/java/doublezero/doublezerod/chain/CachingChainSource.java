package doublezero.doublezerod.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A [ChainSource] in front of another (reference `internal/onchain/fetcher.go`): answers from its
/// cache while the cache is younger than the TTL (5 s in the reference), lets one caller at a time
/// fetch (the others wait and share the result: single flight), and when the ledger cannot be read
/// serves the last good snapshot, reporting its age ([#staleAge]), so tunnels stay up through an
/// RPC outage. Without any snapshot yet, the error propagates.
public final class CachingChainSource implements ChainSource {
  private static final Logger LOG = LoggerFactory.getLogger(CachingChainSource.class);
  private final ChainSource upstream;
  private final Duration ttl;
  private final Clock clock;
  private final AtomicLong fetches = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private ProgramData cached;
  private Instant fetchedAt;
  private volatile boolean stale;

  /// @param upstream where snapshots come from
  /// @param ttl how long a snapshot is served without asking again
  /// @param clock the clock (tests pass a fixed one)
  public CachingChainSource(ChainSource upstream, Duration ttl, Clock clock) {
    this.upstream = upstream;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public synchronized ProgramData fetch() {
    Instant now = clock.instant();
    if (cached != null && Duration.between(fetchedAt, now).compareTo(ttl) < 0) {
      return cached;
    }
    return refresh(now);
  }

  /// Asks the ledger now; on failure serves the cached snapshot, as [#fetch] does.
  @Override
  public synchronized ProgramData fetchFresh() {
    return refresh(clock.instant());
  }

  private ProgramData refresh(Instant now) {
    fetches.incrementAndGet();
    try {
      ProgramData fresh = upstream.fetch();
      cached = fresh;
      fetchedAt = clock.instant();
      if (stale) {
        LOG.atInfo().log("onchain: ledger reachable again, cache refreshed");
      }
      stale = false;
      return fresh;
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      if (cached == null) {
        throw e;
      }
      stale = true;
      LOG.atWarn()
          .addKeyValue("error", e.getMessage())
          .addKeyValue("stale_age_seconds", Duration.between(fetchedAt, now).toSeconds())
          .log("onchain: fetch failed, serving stale cache");
      return cached;
    }
  }

  /// @return the age of the snapshot being served when the last fetch failed, empty while the
  ///   ledger answers
  public synchronized Optional<Duration> staleAge() {
    if (!stale || fetchedAt == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(fetchedAt, clock.instant()));
  }

  /// @return fetches sent upstream so far
  public long fetches() {
    return fetches.get();
  }

  /// @return failed upstream fetches so far
  public long failures() {
    return failures.get();
  }
}
