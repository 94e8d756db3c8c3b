package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Lifecycle status of a [Device]. Numbered as the Rust program (value 2, the old `Suspended`, is
/// unused); the SDK's `enum_strings.json` is off by one from 2 on (§5, §10).
///
/// Rust enum `DeviceStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/device.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `DeviceStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum DeviceStatus implements WireEnum {
  /// 0 `Pending` (Rust default)
  PENDING(0, "Pending", "pending", "pending"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 3 `Deleting`
  DELETING(3, "Deleting", "deleting", "deleting"),
  /// 4 `Rejected`
  REJECTED(4, "Rejected", "rejected", "rejected"),
  /// 5 `Drained`
  DRAINED(5, "Drained", "drained", "drained"),
  /// 6 `DeviceProvisioning`
  DEVICE_PROVISIONING(6, "DeviceProvisioning", "device-provisioning", "device-provisioning"),
  /// 7 `LinkProvisioning`
  LINK_PROVISIONING(7, "LinkProvisioning", "link-provisioning", "link-provisioning");

  private static final DiscriminantTable<DeviceStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  DeviceStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static DeviceStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static DeviceStatus defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `DeviceStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
