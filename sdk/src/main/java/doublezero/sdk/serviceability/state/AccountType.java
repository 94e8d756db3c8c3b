package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;

/// The first byte of every serviceability account (Rust `AccountType`,
/// `smartcontract/programs/doublezero-serviceability/src/state/accounttype.rs`, reference
/// `serviceability-state.md` §3).
///
/// `toString()` is the Rust `Display` (note `Link` displays as `tunnel` and `GlobalConfig` as
/// `config`); `enum_strings.json` has no entry for it.
public enum AccountType implements WireEnum {
  /// 0 `None` (Rust default; no account has it)
  NONE(0, "None", "none"),
  /// 1 `GlobalState`
  GLOBAL_STATE(1, "GlobalState", "globalstate"),
  /// 2 `GlobalConfig`
  GLOBAL_CONFIG(2, "GlobalConfig", "config"),
  /// 3 `Location`
  LOCATION(3, "Location", "location"),
  /// 4 `Exchange`
  EXCHANGE(4, "Exchange", "exchange"),
  /// 5 `Device`
  DEVICE(5, "Device", "device"),
  /// 6 `Link`
  LINK(6, "Link", "tunnel"),
  /// 7 `User`
  USER(7, "User", "user"),
  /// 8 `MulticastGroup`
  MULTICAST_GROUP(8, "MulticastGroup", "multicastgroup"),
  /// 9 `ProgramConfig`
  PROGRAM_CONFIG(9, "ProgramConfig", "programconfig"),
  /// 10 `Contributor`
  CONTRIBUTOR(10, "Contributor", "contributor"),
  /// 11 `AccessPass`
  ACCESS_PASS(11, "AccessPass", "accesspass"),
  /// 12 `ResourceExtension`
  RESOURCE_EXTENSION(12, "ResourceExtension", "resourceextension"),
  /// 13 `Tenant`
  TENANT(13, "Tenant", "tenant"),
  /// 14 `Reservation`
  RESERVATION(14, "Reservation", "reservation"),
  /// 15 `Permission`
  PERMISSION(15, "Permission", "permission");

  private static final DiscriminantTable<AccountType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wire);

  private final int wire;
  private final String variant;
  private final String display;

  AccountType(int wire, String variant, String display) {
    this.wire = wire;
    this.variant = variant;
    this.display = display;
  }

  /// @param wire the first byte of an account
  /// @return the type, or null for a byte the program does not define (Rust maps those to `None`)
  public static AccountType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return `NONE`, the Rust `#[default]`
  public static AccountType defaultVariant() {
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
    return display;
  }

  /// @return the Rust `Display`
  @Override
  public String toString() {
    return display;
  }
}
