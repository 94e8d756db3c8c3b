package doublezero.telemetry.internet.exchange;

import static java.util.Objects.requireNonNull;

/// A place the collector measures from and to: an Exchange's code and coordinates (from the
/// serviceability program, or from `--location-file`).
///
/// @param code the Exchange code (e.g. `xams`)
/// @param latitude degrees north
/// @param longitude degrees east
public record Site(String code, double latitude, double longitude) {
  /// @throws NullPointerException for a null code
  public Site {
    requireNonNull(code, "code");
  }

  /// @return whether the coordinates are set (the reference treats 0, 0 as unknown)
  public boolean located() {
    return latitude != 0 || longitude != 0;
  }
}
