package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Routing mode of an [InterfaceV2].
///
/// Rust enum `RoutingMode` in
/// `smartcontract/programs/doublezero-serviceability/src/state/interface.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `enum_strings.json` has no entry for this enum, so `toString()` is the Rust `Display`, like
/// [#rustDisplay()].
public enum RoutingMode implements WireEnum {
  /// 0 `Static` (Rust default)
  STATIC(0, "Static", "static", "static"),
  /// 1 `BGP`
  BGP(1, "BGP", "bgp", "bgp");

  private static final DiscriminantTable<RoutingMode> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  RoutingMode(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static RoutingMode fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Static), which a missing field takes (§2.2)
  public static RoutingMode defaultVariant() {
    return STATIC;
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
