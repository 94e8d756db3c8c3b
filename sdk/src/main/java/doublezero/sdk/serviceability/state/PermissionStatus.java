package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Status of a [Permission] account.
///
/// Rust enum `PermissionStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/permission.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `enum_strings.json` has no entry for this enum, so `toString()` is the Rust `Display`, like
/// [#rustDisplay()].
public enum PermissionStatus implements WireEnum {
  /// 0 `None` (Rust default)
  NONE(0, "None", "none", "none"),
  /// 1 `Activated`
  ACTIVATED(1, "Activated", "activated", "activated"),
  /// 2 `Suspended`
  SUSPENDED(2, "Suspended", "suspended", "suspended");

  private static final DiscriminantTable<PermissionStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  PermissionStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static PermissionStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (None), which a missing field takes (§2.2)
  public static PermissionStatus defaultVariant() {
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

  /// @return the SDK display string (the Rust `Display`; `enum_strings.json` has no entry for this
  ///   enum)
  @Override
  public String toString() {
    return sdkString;
  }
}
