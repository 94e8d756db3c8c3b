package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// Kind of a [User] connection.
///
/// Rust enum `UserType` in `smartcontract/programs/doublezero-serviceability/src/state/user.rs`
/// (reference `serviceability-state.md` §5), stored as one byte = the explicit discriminant.
/// `toString()` is the SDK display string of `enum_strings.json` (key `UserUserType`) for the
/// variant; [#rustDisplay()] is the Rust `Display`.
public enum UserType implements WireEnum {
  /// 0 `IBRL` (Rust default)
  IBRL(0, "IBRL", "IBRL", "ibrl"),
  /// 1 `IBRLWithAllocatedIP`
  IBRL_WITH_ALLOCATED_IP(1, "IBRLWithAllocatedIP", "IBRLWithAllocatedIP", "ibrl_with_allocated_ip"),
  /// 2 `EdgeFiltering`
  EDGE_FILTERING(2, "EdgeFiltering", "EdgeFiltering", "edge_filtering"),
  /// 3 `Multicast`
  MULTICAST(3, "Multicast", "Multicast", "multicast");

  private static final DiscriminantTable<UserType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String rustDisplay;
  private final String sdkString;

  UserType(int wire, String variant, String rustDisplay, String sdkString) {
    this.wire = wire;
    this.variant = variant;
    this.rustDisplay = rustDisplay;
    this.sdkString = sdkString;
  }

  /// @param wire the byte read from chain
  /// @return the variant, or null when the program has no variant with this discriminant
  public static UserType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `#[default]` variant (IBRL), which a missing field takes (§2.2)
  public static UserType defaultVariant() {
    return IBRL;
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

  /// @return the SDK display string (`enum_strings.json` key `UserUserType`)
  @Override
  public String toString() {
    return sdkString;
  }
}
