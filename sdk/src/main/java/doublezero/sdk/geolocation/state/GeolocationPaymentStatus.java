package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Payment status of a [GeolocationUser] (`reference/telemetry-geolocation.md` §D.5); Rust default
/// `Delinquent`.
public enum GeolocationPaymentStatus {
  /// 0: `Delinquent`
  DELINQUENT(0, "Delinquent", "delinquent"),
  /// 1: `Paid`
  PAID(1, "Paid", "paid");

  private static final DiscriminantTable<GeolocationPaymentStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wireValue);

  private final int wireValue;
  private final String variantName;
  private final String display;

  GeolocationPaymentStatus(int wireValue, String variantName, String display) {
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
  public static GeolocationPaymentStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `Display` string
  @Override
  public String toString() {
    return display;
  }
}
