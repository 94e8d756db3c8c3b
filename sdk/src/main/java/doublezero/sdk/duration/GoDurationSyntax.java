package doublezero.sdk.duration;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Durations as Go's `time.ParseDuration` reads them, the syntax of the reference daemons' and data
/// CLI's duration flags: `0`, or a sequence of unsigned decimal numbers each with a unit `ns`,
/// `us`/`µs`, `ms`, `s`, `m`, `h` (`10s`, `1m30s`, `250ms`, `1.5h`). Fractions are exact (no
/// floating-point rounding); signs, spaces, bare numbers and other units are refused.
public final class GoDurationSyntax {
  private static final Pattern TERM =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  private GoDurationSyntax() {}

  /// @param text a Go duration such as `10s`
  /// @return the duration, truncated to whole nanoseconds
  /// @throws IllegalArgumentException `invalid duration "TEXT"` for anything else
  public static Duration parse(String text) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = TERM.matcher(text);
    int at = 0;
    BigDecimal nanos = BigDecimal.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m.group(2)))));
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new IllegalArgumentException("invalid duration \"" + text + "\"");
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static long unit(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }
}
