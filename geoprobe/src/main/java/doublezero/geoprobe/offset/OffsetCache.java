package doublezero.geoprobe.offset;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.solana.key.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// The latest verified DZD offset per parent device, each valid for `maxAge` after it was received
/// (reference `controlplane/telemetry/internal/geoprobe` offset cache at v0.12.0: latest wins per
/// sender, best = smallest `rtt_ns` among unexpired entries). Thread-safe.
public final class OffsetCache {
  private record Entry(LocationOffset offset, Instant receivedAt) {}

  private final Map<PublicKey, Entry> entries = new ConcurrentHashMap<>();
  private final Duration maxAge;

  /// @param maxAge how long an offset stays usable after it was received
  public OffsetCache(Duration maxAge) {
    this.maxAge = maxAge;
  }

  /// Stores `offset` as its sender's latest.
  ///
  /// @param offset a verified DZD offset
  /// @param receivedAt when it arrived
  public void put(LocationOffset offset, Instant receivedAt) {
    entries.put(offset.sender(), new Entry(offset, receivedAt));
  }

  /// @param now the current time
  /// @return the unexpired offset with the smallest rtt, if any
  public Optional<LocationOffset> best(Instant now) {
    return fresh(now).stream()
        .min(Comparator.comparing(LocationOffset::rttNs, Long::compareUnsigned));
  }

  /// @param now the current time
  /// @return every unexpired offset, smallest rtt first (the references of a multi-reference
  ///   composite)
  public List<LocationOffset> fresh(Instant now) {
    return entries.values().stream()
        .filter(e -> !now.isAfter(e.receivedAt().plus(maxAge)))
        .map(Entry::offset)
        .sorted(Comparator.comparing(LocationOffset::rttNs, Long::compareUnsigned))
        .toList();
  }

  /// Drops expired entries.
  ///
  /// @param now the current time
  /// @return how many were dropped
  public int evict(Instant now) {
    int before = entries.size();
    entries.values().removeIf(e -> now.isAfter(e.receivedAt().plus(maxAge)));
    return before - entries.size();
  }
}
