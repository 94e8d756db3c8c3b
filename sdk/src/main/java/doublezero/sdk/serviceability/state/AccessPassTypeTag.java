package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Tag byte of an [AccessPassType] (its declaration index). Numbered as the Rust program: 3 is
/// `Others`; the SDK's `enum_strings.json` wrongly has 3/4 multicast publisher/subscriber and 5
/// `others` (§5, §10). [#rustDisplay()] is Rust's `to_discriminant_string` (for `Others` the pass
/// carries its own type name; here `others`).
///
/// Rust enum `AccessPassType` in
/// `smartcontract/programs/doublezero-serviceability/src/state/accesspass.rs` (reference
/// `serviceability-state.md` §5), stored as one byte = the explicit discriminant. `toString()` is
/// the SDK display string of `enum_strings.json` (key `AccessPassTypeTag`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum AccessPassTypeTag implements WireEnum {
  /// 0 `Prepaid` (Rust default)
  PREPAID(0, "Prepaid", "prepaid", "prepaid"),
  /// 1 `SolanaValidator`
  SOLANA_VALIDATOR(1, "SolanaValidator", "solana_validator", "solana_validator"),
  /// 2 `SolanaRPC`
  SOLANA_RPC(2, "SolanaRPC", "solana_rpc", "solana_rpc"),
  /// 3 `Others`
  OTHERS(3, "Others", "others", "others");

  private static final DiscriminantTable<AccessPassTypeTag> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  AccessPassTypeTag(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static AccessPassTypeTag fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (Prepaid), which a missing field takes (§2.2)
  public static AccessPassTypeTag defaultVariant() {
    return PREPAID;
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

  /// @return the SDK display string (`enum_strings.json` key `AccessPassTypeTag`)
  @Override
  public String toString() {
    return sdkString;
  }
}
