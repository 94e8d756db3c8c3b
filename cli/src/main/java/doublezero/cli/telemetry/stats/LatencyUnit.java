package doublezero.cli.telemetry.stats;

import java.util.Locale;

/// The unit latencies are shown in (`--unit ms|us`); samples are stored in µs.
public enum LatencyUnit {
  /// milliseconds: µs figures divided by 1000 (variance by 10⁶)
  MS("ms", 1000.0),
  /// microseconds, as stored
  US("us", 1.0);

  private final String label;
  private final double factor;

  LatencyUnit(String label, double factor) {
    this.label = label;
    this.factor = factor;
  }

  /// @return the flag value and display label (`ms`, `us`)
  public String label() {
    return label;
  }

  /// @return how many µs make one of this unit
  public double factor() {
    return factor;
  }

  /// @param text `ms` or `us`
  /// @return the unit
  /// @throws IllegalArgumentException `invalid unit: X (must be ms or us)`
  public static LatencyUnit parse(String text) {
    for (LatencyUnit u : values()) {
      if (u.label.equals(text)) {
        return u;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "invalid unit: %s (must be ms or us)", text));
  }

  @Override
  public String toString() {
    return label;
  }
}
