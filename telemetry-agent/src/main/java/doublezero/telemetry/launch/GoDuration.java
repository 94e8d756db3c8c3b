package doublezero.telemetry.launch;

import doublezero.sdk.duration.GoDurationSyntax;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Parses durations as Go's `time.ParseDuration` writes them in the reference's flags: a sequence
/// of decimal numbers with units `ns`, `us`/`µs`, `ms`, `s`, `m`, `h` (e.g. `10s`, `1m30s`,
/// `250ms`, `1.5h`; [GoDurationSyntax]), as a picocli converter.
public final class GoDuration implements ITypeConverter<Duration> {
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
    try {
      return GoDurationSyntax.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "' is not a duration (e.g. 10s, 250ms, 5m)");
    }
  }
}
