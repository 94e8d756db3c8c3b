package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Lifecycle status of a [Link] (value 2 is unused).
///
/// Rust enum `LinkStatus` in `smartcontract/programs/doublezero-serviceability/src/state/link.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `LinkStatus`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum LinkStatus implements WireEnum {
  /// 0 `Pending` (Rust default)
  PENDING(0, "Pending", "pending", "pending"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 3 `Deleting`
  DELETING(3, "Deleting", "deleting", "deleting"),
  /// 4 `Rejected`
  REJECTED(4, "Rejected", "rejected", "rejected"),
  /// 5 `Requested`
  REQUESTED(5, "Requested", "requested", "requested"),
  /// 6 `HardDrained`
  HARD_DRAINED(6, "HardDrained", "hard-drained", "hard-drained"),
  /// 7 `SoftDrained`
  SOFT_DRAINED(7, "SoftDrained", "soft-drained", "soft-drained"),
  /// 8 `Provisioning`
  PROVISIONING(8, "Provisioning", "provisioning", "provisioning");

  private static final DiscriminantTable<LinkStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  LinkStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static LinkStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static LinkStatus defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `LinkStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
