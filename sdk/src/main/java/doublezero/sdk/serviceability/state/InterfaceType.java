package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Kind of a device [Interface].
///
/// Rust enum `InterfaceType` in
/// `smartcontract/programs/doublezero-serviceability/src/state/interface.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `InterfaceType`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum InterfaceType implements WireEnum {
  /// 0 `Invalid` (Rust default)
  INVALID(0, "Invalid", "invalid", "invalid"),
  /// 1 `Loopback`
  LOOPBACK(1, "Loopback", "loopback", "loopback"),
  /// 2 `Physical`
  PHYSICAL(2, "Physical", "physical", "physical");

  private static final DiscriminantTable<InterfaceType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  InterfaceType(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static InterfaceType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Invalid), which a missing field takes (§2.2)
  public static InterfaceType defaultVariant() {
    return INVALID;
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

  /// @return the SDK display string (`enum_strings.json` key `InterfaceType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
