package doublezero.cli.permission;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.state.PermissionFlag;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/// The permission names `permission set --add/--remove` accept and `permission get/list` print, in
/// the reference's order (`smartcontract/cli/src/permission/flags.rs`: `PermissionName`,
/// `bitmask_to_names`), each with its bit.
public enum PermissionName {
  /// Foundation.
  FOUNDATION("foundation", PermissionFlag.FOUNDATION),
  /// Permission administrator.
  PERMISSION_ADMIN("permission-admin", PermissionFlag.PERMISSION_ADMIN),
  /// GlobalState administrator.
  GLOBALSTATE_ADMIN("globalstate-admin", PermissionFlag.GLOBALSTATE_ADMIN),
  /// Contributor administrator.
  CONTRIBUTOR_ADMIN("contributor-admin", PermissionFlag.CONTRIBUTOR_ADMIN),
  /// Infrastructure administrator.
  INFRA_ADMIN("infra-admin", PermissionFlag.INFRA_ADMIN),
  /// Network administrator.
  NETWORK_ADMIN("network-admin", PermissionFlag.NETWORK_ADMIN),
  /// Tenant administrator.
  TENANT_ADMIN("tenant-admin", PermissionFlag.TENANT_ADMIN),
  /// Multicast administrator.
  MULTICAST_ADMIN("multicast-admin", PermissionFlag.MULTICAST_ADMIN),
  /// Reservation authority.
  RESERVATION("reservation", PermissionFlag.RESERVATION),
  /// Activator.
  ACTIVATOR("activator", PermissionFlag.ACTIVATOR),
  /// Sentinel.
  SENTINEL("sentinel", PermissionFlag.SENTINEL),
  /// User administrator.
  USER_ADMIN("user-admin", PermissionFlag.USER_ADMIN),
  /// Access-pass administrator.
  ACCESS_PASS_ADMIN("access-pass-admin", PermissionFlag.ACCESS_PASS_ADMIN),
  /// Health oracle.
  HEALTH_ORACLE("health-oracle", PermissionFlag.HEALTH_ORACLE),
  /// QA.
  QA("qa", PermissionFlag.QA);

  private final String text;
  private final PermissionFlag flag;

  PermissionName(String text, PermissionFlag flag) {
    this.text = text;
    this.flag = flag;
  }

  /// @return the CLI spelling (`network-admin`)
  public String text() {
    return text;
  }

  /// @param text a CLI spelling (exact, as clap's `ValueEnum` matches)
  /// @return the name, if known
  public static Optional<PermissionName> parse(String text) {
    return Arrays.stream(values()).filter(n -> n.text.equals(text)).findFirst();
  }

  /// @return every spelling joined with `", "` (for the usage error)
  public static String possibleValues() {
    return Arrays.stream(values()).map(PermissionName::text).collect(Collectors.joining(", "));
  }

  /// @param names names
  /// @return the bitmask of them all (`names_to_bitmask`)
  public static U128 mask(List<PermissionName> names) {
    return PermissionFlag.maskOf(names.stream().map(n -> n.flag).toArray(PermissionFlag[]::new));
  }

  /// @param mask a permission bitmask
  /// @return the names whose bit is set, in the reference order (`bitmask_to_names`)
  public static List<String> names(U128 mask) {
    return Arrays.stream(values())
        .filter(n -> n.flag.isSet(mask))
        .map(PermissionName::text)
        .toList();
  }
}
