package doublezero.sdk.geolocation.state;

/// Payment status of a [GeolocationUser] (`reference/telemetry-geolocation.md` §D.5); Rust default `Delinquent`.
public enum GeolocationPaymentStatus {
  /// 0: `Delinquent`
  DELINQUENT(0, "Delinquent", "delinquent"),
  /// 1: `Paid`
  PAID(1, "Paid", "paid");

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
    for (GeolocationPaymentStatus v : values()) {
      if (v.wireValue == wire) {
        return v;
      }
    }
    return null;
  }

  /// @return the Rust `Display` string
  @Override
  public String toString() {
    return display;
  }
}
