package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Kind of a [GeolocationTarget] (`reference/telemetry-geolocation.md` §D.5; Rust
/// `GeoLocationTargetType`).
public enum GeoLocationTargetType {
  /// 0: `Outbound`
  OUTBOUND(0, "Outbound", "outbound"),
  /// 1: `Inbound`
  INBOUND(1, "Inbound", "inbound");

  private static final DiscriminantTable<GeoLocationTargetType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wireValue);

  private final int wireValue;
  private final String variantName;
  private final String display;

  GeoLocationTargetType(int wireValue, String variantName, String display) {
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
  public static GeoLocationTargetType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `Display` string
  @Override
  public String toString() {
    return display;
  }
}
