package doublezero.geoprobe.flags;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/// Resolves a duration given either with the reference's flag (a Go duration, e.g.
/// `--probe-interval 5m`) or with our earlier numeric flag (e.g. `--probe-interval-seconds 300`),
/// which stays accepted (docs/compatibility.md, "Geoprobe").
public final class DurationFlag {
  private DurationFlag() {}

  /// @param name the reference's flag name (for messages)
  /// @param value its value, null when not given
  /// @param legacyName our numeric flag's name
  /// @param legacy its value, null when not given
  /// @param legacyUnit the unit of `legacy`
  /// @param fallback the default when neither is given
  /// @return the duration
  /// @throws IllegalArgumentException when both flags are given, or the value is negative
  public static Duration pick(
      String name,
      Duration value,
      String legacyName,
      Long legacy,
      ChronoUnit legacyUnit,
      Duration fallback) {
    if (value != null && legacy != null) {
      throw new IllegalArgumentException(
          "give " + name + " or " + legacyName + ", not both (they set the same duration)");
    }
    Duration d =
        value != null ? value : legacy != null ? Duration.of(legacy, legacyUnit) : fallback;
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
    return d;
  }
}
