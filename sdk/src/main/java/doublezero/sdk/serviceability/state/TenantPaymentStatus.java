package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Payment status of a [Tenant]. The Rust Display is capitalised; the SDK string is lower case.
///
/// Rust enum `TenantPaymentStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/tenant.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `TenantPaymentStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum TenantPaymentStatus implements WireEnum {
  /// 0 `Delinquent` (Rust default)
  DELINQUENT(0, "Delinquent", "Delinquent", "delinquent"),
  /// 1 `Paid`
  PAID(1, "Paid", "Paid", "paid");

  private static final DiscriminantTable<TenantPaymentStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  TenantPaymentStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static TenantPaymentStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Delinquent), which a missing field takes (§2.2)
  public static TenantPaymentStatus defaultVariant() {
    return DELINQUENT;
  }

  @Override
  public int wireValue() {
    return wire;
  }

  @Override
  public String variantName() {
    return variant;
  }

  @Override
  public String rustDisplay() {
    return rustDisplay;
  }

  /// @return the SDK display string (`enum_strings.json` key `TenantPaymentStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
