package doublezero.cli.telemetry;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Durations as Go's `time.ParseDuration` reads them and `Duration.String` prints them (the
/// reference's `--recent-time`): `24h`, `1h30m`, `90s`, `1.5h`; units ns, us, µs, ms, s, m, h.
final class GoDurations {
  private static final Pattern TERM =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");
  private static final Map<String, Long> NANOS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private GoDurations() {}

  /// @param text the flag value
  /// @return the duration
  /// @throws IllegalArgumentException `invalid duration "X"` for anything else, including a sign
  static Duration parse(String text) {
    Matcher m = TERM.matcher(text);
    int at = 0;
    BigDecimal nanos = BigDecimal.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      nanos =
          nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new IllegalArgumentException("invalid duration \"" + text + "\"");
    }
    return Duration.ofNanos(nanos.longValue());
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
