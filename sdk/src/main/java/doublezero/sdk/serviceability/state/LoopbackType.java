package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Purpose of a loopback [Interface]. (The SDK's `enum_strings.json` lists a 4 `reserved` that the
/// Rust program does not have: [#fromWire] returns null for it.)
///
/// Rust enum `LoopbackType` in
/// `smartcontract/programs/doublezero-serviceability/src/state/interface.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `LoopbackType`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum LoopbackType implements WireEnum {
  /// 0 `None` (Rust default)
  NONE(0, "None", "none", "none"),
  /// 1 `Vpnv4`
  VPNV4(1, "Vpnv4", "vpnv4", "vpnv4"),
  /// 2 `Ipv4`
  IPV4(2, "Ipv4", "ipv4", "ipv4"),
  /// 3 `PimRpAddr`
  PIM_RP_ADDR(3, "PimRpAddr", "pim_rp_addr", "pim_rp_addr");

  private static final DiscriminantTable<LoopbackType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  LoopbackType(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static LoopbackType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (None), which a missing field takes (§2.2)
  public static LoopbackType defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `LoopbackType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
