package doublezero.cli.telemetry;

import doublezero.sdk.duration.GoDurationSyntax;
import java.math.BigDecimal;
import java.time.Duration;

/// Durations as Go's `time.ParseDuration` reads them and `Duration.String` prints them (the
/// reference's `--recent-time`): `24h`, `1h30m`, `90s`, `1.5h`; units ns, us, µs, ms, s, m, h.
final class GoDurations {
  private GoDurations() {}

  /// @param text the flag value
  /// @return the duration
  /// @throws IllegalArgumentException `invalid duration "X"` for anything else, including a sign
  static Duration parse(String text) {
    return GoDurationSyntax.parse(text);
  }

  /// @param d a non-negative duration
  /// @return Go's `Duration.String` for whole-second values (`24h0m0s`, `1m30s`, `45s`)
  static String format(Duration d) {
    long s = d.toSeconds();
    long h = s / 3600;
    long m = (s % 3600) / 60;
    String secs =
        new BigDecimal(d.toNanos() % 60_000_000_000L)
            .movePointLeft(9)
            .stripTrailingZeros()
            .toPlainString();
    if (h > 0) {
      return h + "h" + m + "m" + secs + "s";
    }
    if (m > 0) {
      return m + "m" + secs + "s";
    }
    return secs + "s";
  }
}
