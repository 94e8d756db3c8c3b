package doublezero.cli.user;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/// The `user list` record (reference `smartcontract/cli/src/user/list.rs` `UserDisplay`): table
/// columns `account tenant user_type groups device location cyoa_type client_ip dz_ip accesspass
/// tunnel_id tunnel_net status owner`; JSON keys `account tenant user_type device_pk multicast
/// publishers subscribers device_name location_code location_name cyoa_type client_ip dz_ip
/// accesspass tunnel_id tunnel_net status owner`. Sorted by device code, then tunnel id.
public final class UserDisplays {
  /// The table headers, in order.
  public static final List<String> HEADERS =
      List.of(
          "account",
          "tenant",
          "user_type",
          "groups",
          "device",
          "location",
          "cyoa_type",
          "client_ip",
          "dz_ip",
          "accesspass",
          "tunnel_id",
          "tunnel_net",
          "status",
          "owner");

  private UserDisplays() {}

  /// @param l the accounts
  /// @param users the users to show
  /// @return their display records, sorted like the reference
  public static List<Display> list(LedgerView l, List<Keyed<User>> users) {
    record Row(String device, int tunnel, Display d) {}
    return users.stream()
        .map(
            k -> {
              User u = k.value();
              Optional<Device> device = l.get(u.devicePk(), Device.class);
              Optional<Location> loc = device.flatMap(d -> l.get(d.locationPk(), Location.class));
              String deviceName = device.map(Device::code).orElse(u.devicePk().toBase58());
              String locCode =
                  device
                      .map(d -> loc.map(Location::code).orElse(d.locationPk().toBase58()))
                      .orElse("");
              String locName =
                  device
                      .map(d -> loc.map(Location::name).orElse(d.locationPk().toBase58()))
                      .orElse("");
              String tenant =
                  u.tenantPk().equals(PublicKey.DEFAULT)
                      ? ""
                      : l.nameOf(u.tenantPk(), Tenant.class, Tenant::code);
              String pass = l.accessPassOf(u).map(UserDisplays::accessPassDisplay).orElse("none");
              Display d =
                  new Display()
                      .key("account", k.key())
                      .text("tenant", tenant)
                      .variant("user_type", u.userType())
                      .key("device_pk", u.devicePk())
                      .hidden()
                      .text("multicast", groups(l, u))
                      .rename("groups")
                      .text("publishers", Formats.keys(u.publishers()))
                      .hidden()
                      .text("subscribers", Formats.keys(u.subscribers()))
                      .hidden()
                      .text("device_name", deviceName)
                      .rename("device")
                      .text("location_code", locCode)
                      .hidden()
                      .text("location_name", locName)
                      .rename("location")
                      .variant("cyoa_type", u.cyoaType())
                      .text("client_ip", u.clientIp().toString())
                      .text("dz_ip", u.dzIp().toString())
                      .text("accesspass", pass)
                      .number("tunnel_id", u.tunnelId())
                      .text("tunnel_net", u.tunnelNet().toString())
                      .variant("status", u.status())
                      .key("owner", u.owner());
              return new Row(deviceName, u.tunnelId(), d);
            })
        .sorted(Comparator.comparing(Row::device).thenComparingInt(Row::tunnel))
        .map(Row::d)
        .toList();
  }

  /// @param l the accounts
  /// @param u a user
  /// @return its groups, `S:`/`P:` prefixed codes joined with `,` (reference
  ///   `format_multicast_group_names`)
  public static String groups(LedgerView l, User u) {
    LinkedHashSet<PublicKey> all = new LinkedHashSet<>(u.publishers());
    all.addAll(u.subscribers());
    List<String> out = new ArrayList<>();
    for (PublicKey pk : all) {
      String name = l.nameOf(pk, MulticastGroup.class, MulticastGroup::code);
      if (u.publishers().contains(pk)) {
        name = "P:" + name;
      }
      if (u.subscribers().contains(pk)) {
        name = "S:" + name;
      }
      out.add(name);
    }
    return String.join(",", out);
  }

  /// @param p an access pass
  /// @return the Rust `Display` of AccessPass: `Prepaid: (MAX)`, `Prepaid: (expires epoch N)`,
  ///   `SolanaValidator: (<pk>)`, `SolanaRPC: (<pk>)`, `Others: name (key)`
  public static String accessPassDisplay(AccessPass p) {
    return switch (p.accesspassType()) {
      case AccessPassType.Prepaid x ->
          p.lastAccessEpoch() == -1L
              ? "Prepaid: (MAX)"
              : "Prepaid: (expires epoch " + Long.toUnsignedString(p.lastAccessEpoch()) + ")";
      case AccessPassType.SolanaValidator v -> "SolanaValidator: (" + v.nodeId() + ")";
      case AccessPassType.SolanaRpc v -> "SolanaRPC: (" + v.nodeId() + ")";
      case AccessPassType.Others o -> "Others: " + o.typeName() + " (" + o.key() + ")";
    };
  }
}
