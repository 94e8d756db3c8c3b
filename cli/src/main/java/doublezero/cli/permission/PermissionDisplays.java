package doublezero.cli.permission;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Display;
import doublezero.sdk.serviceability.state.Permission;
import java.util.List;

/// The permission record of `permission get` and `permission list` (reference
/// `smartcontract/cli/src/permission/ {get,list}.rs`): `account user_payer permissions status
/// owner`; permissions joined with `", "` in the table and a JSON array of names; status as its
/// lowercase Display string in both forms.
public final class PermissionDisplays {
  /// `permission list` columns, in order.
  public static final List<String> HEADERS =
      List.of("account", "user_payer", "permissions", "status", "owner");

  private PermissionDisplays() {}

  /// @param k a permission account
  /// @return its record
  public static Display of(Keyed<Permission> k) {
    Permission p = k.value();
    List<String> names = PermissionName.names(p.permissions());
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    names.forEach(arr::add);
    return new Display()
        .key("account", k.key())
        .key("user_payer", p.userPayer())
        .custom("permissions", String.join(", ", names), arr)
        .text("status", p.status().rustDisplay())
        .key("owner", p.owner());
  }
}
