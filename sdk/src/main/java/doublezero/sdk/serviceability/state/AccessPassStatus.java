package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Status of an [AccessPass].
///
/// Rust enum `AccessPassStatus` in
/// `smartcontract/programs/doublezero-serviceability/src/state/accesspass.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `AccessPassStatus`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum AccessPassStatus implements WireEnum {
  /// 0 `Requested` (Rust default)
  REQUESTED(0, "Requested", "requested", "requested"),
  /// 1 `Connected`
  CONNECTED(1, "Connected", "connected", "connected"),
  /// 2 `Disconnected`
  DISCONNECTED(2, "Disconnected", "disconnected", "disconnected"),
  /// 3 `Expired`
  EXPIRED(3, "Expired", "expired", "expired");

  private static final DiscriminantTable<AccessPassStatus> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  AccessPassStatus(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static AccessPassStatus fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Requested), which a missing field takes (§2.2)
  public static AccessPassStatus defaultVariant() {
    return REQUESTED;
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

  /// @return the SDK display string (`enum_strings.json` key `AccessPassStatus`)
  @Override
  public String toString() {
    return sdkString;
  }
}
