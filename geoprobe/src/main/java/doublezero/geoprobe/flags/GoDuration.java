package doublezero.geoprobe.flags;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// A picocli converter for durations written as Go's `time.ParseDuration` reads them, as the
/// reference's geoprobe flags take them (`-probe-interval 5m`, `-twamp-sender-timeout 1s`): one or
/// more decimal numbers each followed by a unit `ns`, `us`/`µs`, `ms`, `s`, `m` or `h` (`29s`,
/// `1m30s`, `1.5h`), or `0`. The telemetry agent has the same converter; daemons may not import
/// each other.
public final class GoDuration implements ITypeConverter<Duration> {
  private static final Pattern TERM =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  /// @param text the flag value
  /// @return the duration
  /// @throws TypeConversionException when the text is not a Go duration
  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  /// @param text a Go duration such as `29s`
  /// @return the duration
  /// @throws TypeConversionException when the text is not a Go duration (a sign, a missing unit,
  ///   spaces, an unknown unit)
  public static Duration parse(String text) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = TERM.matcher(text);
    long nanos = 0;
    int end = 0;
    while (m.find() && m.start() == end) {
      nanos += Math.round(Double.parseDouble(m.group(1)) * unitNanos(m.group(2)));
      end = m.end();
    }
    if (text.isEmpty() || end != text.length()) {
      throw new TypeConversionException(
          "'" + text + "' is not a Go duration (e.g. 29s, 250ms, 5m, 1h)");
    }
    return Duration.ofNanos(nanos);
  }

  private static long unitNanos(String unit) {
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
