package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.DiscriminantTable;
import doublezero.sdk.borsh.U128;

/// One bit of [Permission#permissions()] (Rust module `permission_flags` in
/// `SVC/state/permission.rs`, reference `serviceability-state.md` §4.14). Any one matching bit
/// authorises (OR semantics). The wire value is the bit position; `toString()` and the variant name
/// are the Rust constant name, e.g. `NETWORK_ADMIN`.
public enum PermissionFlag implements WireEnum {
  /// bit 0: contributors, allowlists, globalstate
  FOUNDATION(0),
  /// bit 1: Permission accounts
  PERMISSION_ADMIN(1),
  /// bit 2: locations and exchanges
  INFRA_ADMIN(2),
  /// bit 3: devices and links
  NETWORK_ADMIN(3),
  /// bit 4: tenants
  TENANT_ADMIN(4),
  /// bit 5: multicast groups
  MULTICAST_ADMIN(5),
  /// bit 6: reservations
  RESERVATION(6),
  /// bit 7: activate/reject
  ACTIVATOR(7),
  /// bit 8: suspend
  SENTINEL(8),
  /// bit 9: users
  USER_ADMIN(9),
  /// bit 10: access passes
  ACCESS_PASS_ADMIN(10),
  /// bit 11: device/link health
  HEALTH_ORACLE(11),
  /// bit 12: QA
  QA(12),
  /// bit 13: GlobalState
  GLOBALSTATE_ADMIN(13),
  /// bit 14: contributors
  CONTRIBUTOR_ADMIN(14);

  private static final DiscriminantTable<PermissionFlag> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.bit);

  private final int bit;

  PermissionFlag(int bit) {
    this.bit = bit;
  }

  /// @param bit a bit position
  /// @return the flag, or null when the program defines none at that position
  public static PermissionFlag fromWire(int bit) {
    return BY_WIRE.get(bit);
  }

  /// @param flags flags to combine
  /// @return the u128 mask with exactly these bits
  public static U128 maskOf(PermissionFlag... flags) {
    long low = 0;
    for (PermissionFlag f : flags) {
      low |= 1L << f.bit;
    }
    return new U128(0, low);
  }

  /// @param permissions a `Permission.permissions` mask
  /// @return whether this flag's bit is set in it
  public boolean isSet(U128 permissions) {
    return (permissions.low() & (1L << bit)) != 0;
  }

  /// @return the bit position
  @Override
  public int wireValue() {
    return bit;
  }

  /// @return the Rust constant name
  @Override
  public String variantName() {
    return name();
  }

  /// @return the Rust constant name (the program has no `Display` for these)
  @Override
  public String rustDisplay() {
    return name();
  }
}
