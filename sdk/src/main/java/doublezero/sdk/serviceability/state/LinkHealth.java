package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Health of a [Link] as reported by the health oracle. The Rust default (a missing field) is
/// `Pending`.
///
/// Rust enum `LinkHealth` in `smartcontract/programs/doublezero-serviceability/src/state/link.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `LinkHealth`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum LinkHealth implements WireEnum {
  /// 0 `Unknown`
  UNKNOWN(0, "Unknown", "unknown", "unknown"),
  /// 1 `Pending` (Rust default)
  PENDING(1, "Pending", "pending", "pending"),
  /// 2 `ReadyForService`
  READY_FOR_SERVICE(2, "ReadyForService", "ready-for-service", "ready_for_service"),
  /// 3 `Impaired`
  IMPAIRED(3, "Impaired", "impaired", "impaired");

  private static final DiscriminantTable<LinkHealth> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  LinkHealth(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static LinkHealth fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Pending), which a missing field takes (§2.2)
  public static LinkHealth defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `LinkHealth`)
  @Override
  public String toString() {
    return sdkString;
  }
}
