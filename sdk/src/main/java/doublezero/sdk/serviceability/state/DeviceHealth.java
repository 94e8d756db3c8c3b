package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Health of a [Device] as reported by the health oracle. The Rust default (a missing field) is
/// `Pending`.
///
/// Rust enum `DeviceHealth` in
/// `smartcontract/programs/doublezero-serviceability/src/state/device.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `DeviceHealth`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum DeviceHealth implements WireEnum {
  /// 0 `Unknown`
  UNKNOWN(0, "Unknown", "unknown", "unknown"),
  /// 1 `Pending` (Rust default)
  PENDING(1, "Pending", "pending", "pending"),
  /// 2 `ReadyForLinks`
  READY_FOR_LINKS(2, "ReadyForLinks", "ready-for-links", "ready_for_links"),
  /// 3 `ReadyForUsers`
  READY_FOR_USERS(3, "ReadyForUsers", "ready-for-users", "ready_for_users"),
  /// 4 `Impaired`
  IMPAIRED(4, "Impaired", "impaired", "impaired");

  private static final DiscriminantTable<DeviceHealth> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  DeviceHealth(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static DeviceHealth fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static DeviceHealth defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `DeviceHealth`)
  @Override
  public String toString() {
    return sdkString;
  }
}
