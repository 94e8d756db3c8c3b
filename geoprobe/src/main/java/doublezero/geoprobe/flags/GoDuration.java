package doublezero.geoprobe.flags;

import doublezero.sdk.duration.GoDurationSyntax;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// A picocli converter for durations written as Go's `time.ParseDuration` reads them, as the
/// reference's geoprobe flags take them (`-probe-interval 5m`, `-twamp-sender-timeout 1s`): one or
/// more decimal numbers each followed by a unit `ns`, `us`/`µs`, `ms`, `s`, `m` or `h` (`29s`,
/// `1m30s`, `1.5h`), or `0`; the parsing is the sdk's [GoDurationSyntax].
public final class GoDuration implements ITypeConverter<Duration> {
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
    try {
      return GoDurationSyntax.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a Go duration (e.g. 29s, 250ms, 5m, 1h)");
    }
  }
}
