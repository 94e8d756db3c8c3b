package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Direct-internet-access mode of an [InterfaceV2] (Rust `InterfaceDIA`).
///
/// Rust enum `InterfaceDIA` in
/// `smartcontract/programs/doublezero-serviceability/src/state/interface.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `enum_strings.json` has no entry for this enum, so `toString()` is the Rust `Display`, like
/// [#rustDisplay()].
public enum InterfaceDia implements WireEnum {
  /// 0 `None` (Rust default)
  NONE(0, "None", "none", "none"),
  /// 1 `DIA`
  DIA(1, "DIA", "dia", "dia");

  private static final DiscriminantTable<InterfaceDia> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  InterfaceDia(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static InterfaceDia fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (None), which a missing field takes (§2.2)
  public static InterfaceDia defaultVariant() {
    return NONE;
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

  /// @return the SDK display string (the Rust `Display`; `enum_strings.json` has no entry for this
  ///   enum)
  @Override
  public String toString() {
    return sdkString;
  }
}
