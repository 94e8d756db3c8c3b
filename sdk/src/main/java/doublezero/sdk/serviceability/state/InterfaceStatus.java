package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Status of a device [Interface].
///
/// Rust enum `InterfaceStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/interface.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `InterfaceStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum InterfaceStatus implements WireEnum {
  /// 0 `Invalid` (Rust default)
  INVALID(0, "Invalid", "invalid", "invalid"),
  /// 1 `Unmanaged`
  UNMANAGED(1, "Unmanaged", "unmanaged", "unmanaged"),
  /// 2 `Pending`
  PENDING(2, "Pending", "pending", "pending"),
  /// 3 `Activated`
  ACTIVATED(3, "Activated", "activated", "activated"),
  /// 4 `Deleting`
  DELETING(4, "Deleting", "deleting", "deleting"),
  /// 5 `Rejected`
  REJECTED(5, "Rejected", "rejected", "rejecting"),
  /// 6 `Unlinked`
  UNLINKED(6, "Unlinked", "unlinked", "unlinked");

  private static final DiscriminantTable<InterfaceStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  InterfaceStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static InterfaceStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Invalid), which a missing field takes (§2.2)
  public static InterfaceStatus defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `InterfaceStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
