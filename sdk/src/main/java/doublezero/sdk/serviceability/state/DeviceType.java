package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Role of a [Device] in the network.
///
/// Rust enum `DeviceType` in `smartcontract/programs/doublezero-serviceability/src/state/device.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `DeviceDeviceType`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum DeviceType implements WireEnum {
  /// 0 `Hybrid` (Rust default)
  HYBRID(0, "Hybrid", "hybrid", "hybrid"),
  /// 1 `Transit`
  TRANSIT(1, "Transit", "transit", "transit"),
  /// 2 `Edge`
  EDGE(2, "Edge", "edge", "edge");

  private static final DiscriminantTable<DeviceType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  DeviceType(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static DeviceType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Hybrid), which a missing field takes (§2.2)
  public static DeviceType defaultVariant() {
    return HYBRID;
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

  /// @return the SDK display string (`enum_strings.json` key `DeviceDeviceType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
