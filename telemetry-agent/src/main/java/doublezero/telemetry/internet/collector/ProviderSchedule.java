package doublezero.telemetry.internet.collector;

import static java.util.Objects.requireNonNull;

import doublezero.telemetry.internet.provider.LatencyProvider;
import java.time.Duration;

/// How often the collector drives one provider.
///
/// @param provider the provider
/// @param planInterval time between measurement (or job) rounds ([LatencyProvider#plan])
/// @param collectInterval time between result reads ([LatencyProvider#collect])
public record ProviderSchedule(
    LatencyProvider provider, Duration planInterval, Duration collectInterval) {
  /// @throws NullPointerException for a null field
  /// @throws IllegalArgumentException for an interval ≤ 0
  public ProviderSchedule {
    requireNonNull(provider, "provider");
    if (planInterval.isNegative()
        || planInterval.isZero()
        || collectInterval.isNegative()
        || collectInterval.isZero()) {
      throw new IllegalArgumentException(provider.name() + ": intervals must be > 0");
    }
  }
}
