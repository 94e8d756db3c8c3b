package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Status of a [GeolocationUser] (`reference/telemetry-geolocation.md` §D.5); Rust default
/// `Activated`.
public enum GeolocationUserStatus {
  /// 0: `Activated`
  ACTIVATED(0, "Activated", "activated"),
  /// 1: `Suspended`
  SUSPENDED(1, "Suspended", "suspended");

  private static final DiscriminantTable<GeolocationUserStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wireValue);

  private final int wireValue;
  private final String variantName;
  private final String display;

  GeolocationUserStatus(int wireValue, String variantName, String display) {
    this.wireValue = wireValue;
    this.variantName = variantName;
    this.display = display;
  }

  /// @return the discriminant byte
  public int wireValue() {
    return wireValue;
  }

  /// @return the Rust variant name
  public String variantName() {
    return variantName;
  }

  /// @param wire a discriminant byte
  /// @return the variant, or null when unknown
  public static GeolocationUserStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `Display` string
  @Override
  public String toString() {
    return display;
  }
}
