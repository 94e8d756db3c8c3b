package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// The status a [Device]'s operator asks for.
///
/// Rust enum `DeviceDesiredStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/device.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `DeviceDesiredStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum DeviceDesiredStatus implements WireEnum {
  /// 0 `Pending` (Rust default)
  PENDING(0, "Pending", "pending", "pending"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 6 `Drained`
  DRAINED(6, "Drained", "drained", "drained");

  private static final DiscriminantTable<DeviceDesiredStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  DeviceDesiredStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static DeviceDesiredStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static DeviceDesiredStatus defaultVariant() {
    return PENDING;
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

  /// @return the SDK display string (`enum_strings.json` key `DeviceDesiredStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
