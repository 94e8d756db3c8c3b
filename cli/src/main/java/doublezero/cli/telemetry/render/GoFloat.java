package doublezero.cli.telemetry.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/// Number and time text as the reference's Go code prints it: `%.Nf` rounds the exact binary value
/// half-to-even and keeps the sign of a negative value that rounds to zero (`-0.000`), NaN prints
/// `NaN`, infinities `+Inf`/`-Inf`; times are RFC 3339 with the fraction's trailing zeros dropped
/// (`time.RFC3339Nano`), in UTC.
public final class GoFloat {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  private GoFloat() {}

  /// @param v the value
  /// @param decimals digits after the point
  /// @return Go's `fmt.Sprintf("%.<decimals>f", v)`
  public static String fixed(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
    return negative && !s.startsWith("-") ? "-" + s : s;
  }

  /// @param micros µs since the UNIX epoch
  /// @return `2024-01-01T00:00:00.5Z` (Go `time.RFC3339Nano` in UTC)
  public static String rfc3339Nano(long micros) {
    Instant t = Instant.EPOCH.plusNanos(Math.multiplyExact(micros, 1000L));
    StringBuilder sb = new StringBuilder(SECONDS.format(t));
    int nanos = t.getNano();
    if (nanos != 0) {
      String frac = String.format("%09d", nanos).replaceFirst("0+$", "");
      sb.append('.').append(frac);
    }
    return sb.append('Z').toString();
  }
}
