package doublezero.cli.account;

import doublezero.cli.output.Formats;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Reservation;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import java.util.List;
import java.util.stream.Collectors;

/// The one-line summary `doublezero account` prints for an account: `{Name} ({args})`, where the
/// name is the `AccountData` variant and the args are the account's Rust `Display` (reference
/// `smartcontract/programs/doublezero-serviceability/src/state/accountdata.rs`
/// `get_name`/`get_args`, and each `state/*.rs` `impl fmt::Display`). Contributor, Location,
/// Exchange, ProgramConfig, GlobalConfig, Link, User, MulticastGroup, AccessPass, Reservation and
/// Permission reproduce the reference text; GlobalState, Device, Tenant and ResourceExtension list
/// every field as `name: value` (their reference texts embed Rust `Debug` output of nested
/// structs).
final class AccountText {
  private AccountText() {}

  /// @param a a decoded account
  /// @return `Name (args)`
  static String summary(ServiceabilityAccount a) {
    return a.accountType().variantName() + " (" + args(a) + ")";
  }

  /// @param a a decoded account
  /// @return the reference's `get_args()` text
  static String args(ServiceabilityAccount a) {
    String type = a.accountType().toString();
    return switch (a) {
      case Contributor c ->
          "account_type: "
              + type
              + ", owner: "
              + c.owner()
              + ", index: "
              + c.index()
              + ", bump_seed: "
              + c.bumpSeed()
              + ", code: "
              + c.code()
              + ", ops_manager_pk: "
              + c.opsManagerPk();
      case Location l ->
          "account_type: "
              + type
              + ", owner: "
              + l.owner()
              + ", index: "
              + l.index()
              + ", bump_seed:"
              + l.bumpSeed()
              + ", code: "
              + l.code()
              + ", name: "
              + l.name()
              + ", country: "
              + l.country()
              + " lat: "
              + Formats.f64(l.lat())
              + ", lng: "
              + Formats.f64(l.lng())
              + ", loc_id: "
              + l.locId()
              + ", status: "
              + l.status().rustDisplay();
      case Exchange x ->
          "account_type: "
              + type
              + ", owner: "
              + x.owner()
              + ", index: "
              + x.index()
              + ", bump_seed: "
              + x.bumpSeed()
              + ", code: "
              + x.code()
              + ", name: "
              + x.name()
              + ", lat: "
              + Formats.f64(x.lat())
              + ", lng: "
              + Formats.f64(x.lng())
              + ", bgp_community: "
              + x.bgpCommunity()
              + ", status: "
              + x.status().rustDisplay()
              + ", reference_count: "
              + x.referenceCount()
              + ", switcha_pk: "
              + x.device1Pk()
              + ", switchb_pk: "
              + x.device2Pk();
      case ProgramConfig p ->
          "account_type: " + type + ", bump_seed: " + p.bumpSeed() + ", version: " + p.version();
      case GlobalConfig g ->
          "account_type: "
              + type
              + ", owner: "
              + g.owner()
              + ", local_asn: "
              + g.localAsn()
              + ", remote_asn: "
              + g.remoteAsn()
              + ", device_tunnel_block: "
              + g.deviceTunnelBlock()
              + ", user_tunnel_block: "
              + g.userTunnelBlock()
              + ", multicastgroup_block: "
              + g.multicastgroupBlock()
              + ", next_bgp_community: "
              + g.nextBgpCommunity()
              + ", multicast_publisher_block: "
              + g.multicastPublisherBlock();
      case Link k -> link(type, k);
      case User u ->
          "account_type: "
              + type
              + ", owner: "
              + u.owner()
              + ", index: "
              + u.index()
              + ", user_type: "
              + u.userType().rustDisplay()
              + ", device_pk: "
              + u.devicePk()
              + ", cyoa_type: "
              + u.cyoaType().rustDisplay()
              + ", client_ip: "
              + u.clientIp()
              + ", dz_ip: "
              + u.dzIp()
              + ", tunnel_id: "
              + u.tunnelId()
              + ", tunnel_net: "
              + u.tunnelNet()
              + ", status: "
              + u.status().rustDisplay()
              + ", tunnel_endpoint: "
              + u.tunnelEndpoint();
      case MulticastGroup m ->
          "MulticastGroup { account_type: "
              + type
              + ", owner: "
              + m.owner()
              + ", index: "
              + m.index()
              + ", bump_seed: "
              + m.bumpSeed()
              + ", tenant_pk: "
              + m.tenantPk()
              + ", multicast_ip: "
              + m.multicastIp()
              + ", max_bandwidth: "
              + Long.toUnsignedString(m.maxBandwidth())
              + ", status: "
              + m.status().rustDisplay()
              + ", code: \""
              + m.code()
              + "\", publisher_count: "
              + m.publisherCount()
              + ", subscriber_count: "
              + m.subscriberCount()
              + " }";
      case AccessPass p -> accessPass(p);
      case Reservation r ->
          "account_type: "
              + type
              + ", owner: "
              + r.owner()
              + ", device_pk: "
              + r.devicePk()
              + ", reserved_count: "
              + r.reservedCount();
      case Permission p ->
          "account_type: "
              + type
              + ", owner: "
              + p.owner()
              + ", bump_seed: "
              + p.bumpSeed()
              + ", status: "
              + p.status().rustDisplay()
              + ", user_payer: "
              + p.userPayer()
              + ", permissions: "
              + p.permissions();
      case GlobalState g -> fields(g.fields());
      case Device d -> fields(d.fields());
      case Tenant t -> fields(t.fields());
      case ResourceExtension r -> fields(r.fields());
    };
  }

  private static String link(String type, Link k) {
    return "account_type: "
        + type
        + ", owner: "
        + k.owner()
        + ", index: "
        + k.index()
        + ", side_a_pk: "
        + k.sideAPk()
        + ", side_z_pk: "
        + k.sideZPk()
        + ", tunnel_type: "
        + k.linkType().rustDisplay()
        + ", bandwidth: "
        + Long.toUnsignedString(k.bandwidth())
        + ", mtu: "
        + k.mtu()
        + ", delay_ns: "
        + Long.toUnsignedString(k.delayNs())
        + ", jitter_ns: "
        + Long.toUnsignedString(k.jitterNs())
        + ", tunnel_id: "
        + k.tunnelId()
        + ", tunnel_net: "
        + k.tunnelNet()
        + ", status: "
        + k.status().rustDisplay()
        + ", code: "
        + k.code()
        + ", contributor_pk: "
        + k.contributorPk()
        + ", link_health: "
        + k.linkHealth().rustDisplay()
        + ", desired_status: "
        + k.desiredStatus().rustDisplay();
  }

  private static String accessPass(AccessPass p) {
    return switch (p.accesspassType()) {
      case AccessPassType.Prepaid x ->
          p.lastAccessEpoch() == -1L
              ? "Prepaid: (MAX)"
              : "Prepaid: (expires epoch " + Long.toUnsignedString(p.lastAccessEpoch()) + ")";
      case AccessPassType.SolanaValidator v -> "SolanaValidator: (" + v.nodeId() + ")";
      case AccessPassType.SolanaRpc r -> "SolanaRPC: (" + r.nodeId() + ")";
      case AccessPassType.Others o -> "Others: " + o.typeName() + " (" + o.key() + ")";
    };
  }

  /// @param fields a value's fields
  /// @return `name: value` pairs joined with `, `
  static String fields(List<Field> fields) {
    return fields.stream()
        .map(f -> f.name() + ": " + value(f.value()))
        .collect(Collectors.joining(", "));
  }

  private static String value(FieldValue v) {
    return switch (v) {
      case FieldValue.Int i -> i.value().toString();
      case FieldValue.Float64 f -> Formats.f64(f.value());
      case FieldValue.Bool b -> Boolean.toString(b.value());
      case FieldValue.Text t -> t.value();
      case FieldValue.Key k -> k.value().toBase58();
      case FieldValue.Ip ip -> ip.value().toString();
      case FieldValue.Net n -> n.value().toString();
      case FieldValue.Variant e -> e.name();
      case FieldValue.ListOf l ->
          l.items().stream().map(AccountText::value).collect(Collectors.joining(", ", "[", "]"));
      case FieldValue.Struct s -> s.typeName() + " { " + fields(s.fields()) + " }";
      case FieldValue.Tagged t ->
          t.fields().isEmpty() ? t.variant() : t.variant() + " { " + fields(t.fields()) + " }";
    };
  }
}
