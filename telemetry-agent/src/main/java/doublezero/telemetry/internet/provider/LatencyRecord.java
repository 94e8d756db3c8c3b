package doublezero.telemetry.internet.provider;

import static java.util.Objects.requireNonNull;

/// One RTT a provider measured between two Exchanges (reference `internal/exporter/record.go`).
///
/// @param originCode the origin Exchange code
/// @param targetCode the target Exchange code
/// @param timestampMicros when it was measured, µs since the UNIX epoch
/// @param rttNanos the RTT in ns (> 0; providers skip results without a positive RTT)
public record LatencyRecord(
    String originCode, String targetCode, long timestampMicros, long rttNanos) {
  /// @throws NullPointerException for a null code
  /// @throws IllegalArgumentException for an RTT ≤ 0
  public LatencyRecord {
    requireNonNull(originCode, "originCode");
    requireNonNull(targetCode, "targetCode");
    if (rttNanos <= 0) {
      throw new IllegalArgumentException("rtt must be > 0, got " + rttNanos + " ns");
    }
  }

  /// @return this record with the codes in alphabetical order (the origin sorts first), as the
  ///   reference writes them (`reference/telemetry-geolocation.md` §C)
  public LatencyRecord ordered() {
    return originCode.compareTo(targetCode) <= 0
        ? this
        : new LatencyRecord(targetCode, originCode, timestampMicros, rttNanos);
  }
}
