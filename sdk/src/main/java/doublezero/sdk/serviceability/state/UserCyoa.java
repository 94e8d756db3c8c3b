package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Customer-owned-access mode of a [User] (Rust `UserCYOA`).
///
/// Rust enum `UserCYOA` in `smartcontract/programs/doublezero-serviceability/src/state/user.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `CyoaType`) for the variant;
/// [#rustDisplay()] is the Rust `Display`.
public enum UserCyoa implements WireEnum {
  /// 0 `None` (Rust default)
  NONE(0, "None", "none", "none"),
  /// 1 `GREOverDIA`
  GRE_OVER_DIA(1, "GREOverDIA", "GREOverDIA", "gre_over_dia"),
  /// 2 `GREOverFabric`
  GRE_OVER_FABRIC(2, "GREOverFabric", "GREOverFabric", "gre_over_fabric"),
  /// 3 `GREOverPrivatePeering`
  GRE_OVER_PRIVATE_PEERING(
      3, "GREOverPrivatePeering", "GREOverPrivatePeering", "gre_over_private_peering"),
  /// 4 `GREOverPublicPeering`
  GRE_OVER_PUBLIC_PEERING(
      4, "GREOverPublicPeering", "GREOverPublicPeering", "gre_over_public_peering"),
  /// 5 `GREOverCable`
  GRE_OVER_CABLE(5, "GREOverCable", "GREOverCable", "gre_over_cable");

  private static final DiscriminantTable<UserCyoa> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  UserCyoa(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static UserCyoa fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (None), which a missing field takes (§2.2)
  public static UserCyoa defaultVariant() {
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

  /// @return the SDK display string (`enum_strings.json` key `CyoaType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
