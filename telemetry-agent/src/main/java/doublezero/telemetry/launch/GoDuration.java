package doublezero.telemetry.launch;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Parses durations as Go's `time.ParseDuration` writes them in the reference's flags: a sequence
/// of decimal numbers with units `ns`, `us`/`µs`, `ms`, `s`, `m`, `h` (e.g. `10s`, `1m30s`,
/// `250ms`, `1.5h`).
public final class GoDuration implements ITypeConverter<Duration> {
  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  /// @param text the flag value
  /// @return the duration
  /// @throws TypeConversionException when the text is not a Go duration
  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  /// @param text a Go duration such as `10s`
  /// @return the duration
  /// @throws TypeConversionException when the text is not a Go duration
  public static Duration parse(String text) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = PART.matcher(text);
    long nanos = 0;
    int at = 0;
    while (m.find() && m.start() == at) {
      double n = Double.parseDouble(m.group(1));
      long unit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      nanos += Math.round(n * unit);
      at = m.end();
    }
    if (at != text.length() || text.isEmpty()) {
      throw new TypeConversionException("'" + text + "' is not a duration (e.g. 10s, 250ms, 5m)");
    }
    return Duration.ofNanos(nanos);
  }
}
