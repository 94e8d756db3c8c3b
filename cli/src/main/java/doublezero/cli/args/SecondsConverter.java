package doublezero.cli.args;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a timeout in whole seconds, 1..=86400 (`--timeout`). A rejected value is a
/// usage error (exit code 2).
public final class SecondsConverter implements ITypeConverter<Duration> {
  /// The largest accepted timeout: one day.
  public static final long MAX_SECONDS = 86_400;

  @Override
  public Duration convert(String value) {
    try {
      return parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /// @param value decimal digits
  /// @return that many seconds
  /// @throws IllegalArgumentException `invalid timeout '<value>': expected whole seconds from 1 to
  ///   86400`
  public static Duration parse(String value) {
    long s;
    try {
      s = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      s = 0;
    }
    return seconds(s, value);
  }

  /// @param seconds a number of seconds
  /// @param shown how the value was written, for the message
  /// @return that many seconds
  /// @throws IllegalArgumentException when not in 1..=86400
  public static Duration seconds(long seconds, String shown) {
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "invalid timeout '" + shown + "': expected whole seconds from 1 to " + MAX_SECONDS);
    }
    return Duration.ofSeconds(seconds);
  }
}
