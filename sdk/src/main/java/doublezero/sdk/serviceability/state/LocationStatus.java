package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Lifecycle status of a [Location].
///
/// Rust enum `LocationStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/location.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `LocationStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum LocationStatus implements WireEnum {
  /// 0 `Pending` (Rust default)
  PENDING(0, "Pending", "pending", "pending"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 2 `Suspended`
  SUSPENDED(2, "Suspended", "suspended", "suspended");

  private static final DiscriminantTable<LocationStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  LocationStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static LocationStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static LocationStatus defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `LocationStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
