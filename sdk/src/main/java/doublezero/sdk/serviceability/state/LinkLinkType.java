package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Kind of a [Link]. There is no value 0: the Rust default (a missing field) is `WAN`.
///
/// Rust enum `LinkLinkType` in `smartcontract/programs/doublezero-serviceability/src/state/link.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `LinkLinkType`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum LinkLinkType implements WireEnum {
  /// 1 `WAN` (Rust default)
  WAN(1, "WAN", "WAN", "WAN"),
  /// 127 `DZX`
  DZX(127, "DZX", "DZX", "DZX");

  private static final DiscriminantTable<LinkLinkType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  LinkLinkType(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static LinkLinkType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (WAN), which a missing field takes (§2.2)
  public static LinkLinkType defaultVariant() {
    return WAN;
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

  /// @return the SDK display string (`enum_strings.json` key `LinkLinkType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
