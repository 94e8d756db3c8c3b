package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// First byte of every geolocation account (`reference/telemetry-geolocation.md` §D.2,
/// `src/state/accounttype.rs`).
public enum GeolocationAccountType {
  /// 0: `None`
  NONE(0, "None", "none"),
  /// 1: `ProgramConfig`
  PROGRAM_CONFIG(1, "ProgramConfig", "programconfig"),
  /// 2: `GeoProbe`
  GEO_PROBE(2, "GeoProbe", "geoprobe"),
  /// 3: `GeolocationUser`
  GEOLOCATION_USER(3, "GeolocationUser", "geolocationuser");

  private static final DiscriminantTable<GeolocationAccountType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wireValue);

  private final int wireValue;
  private final String variantName;
  private final String display;

  GeolocationAccountType(int wireValue, String variantName, String display) {
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
  public static GeolocationAccountType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `Display` string
  @Override
  public String toString() {
    return display;
  }
}
