package doublezero.cli.tenant;

import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.sdk.serviceability.state.Tenant;
import java.util.Comparator;
import java.util.List;

/// The `tenant list` row and `tenant get` record (reference
/// `smartcontract/cli/src/tenant/{list,get}.rs`).
public final class TenantDisplays {
  /// `tenant list` columns, in order.
  public static final List<String> LIST_HEADERS =
      List.of("account", "code", "vrf_id", "metro_routing", "route_liveness", "owner");

  /// `tenant list` order: by code.
  public static final Comparator<Keyed<Tenant>> ORDER = Comparator.comparing(k -> k.value().code());

  private TenantDisplays() {}

  /// @param k a tenant
  /// @return its list row
  public static Display row(Keyed<Tenant> k) {
    Tenant t = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", t.code())
        .number("vrf_id", t.vrfId())
        .bool("metro_routing", t.metroRouting())
        .bool("route_liveness", t.routeLiveness())
        .key("owner", t.owner());
  }

  /// @param k a tenant
  /// @return its `get` record: payment status and billing as their Rust Display strings,
  ///   administrators joined with `", "`
  public static Display detail(Keyed<Tenant> k) {
    Tenant t = k.value();
    return new Display()
        .key("account", k.key())
        .text("code", t.code())
        .number("vrf_id", t.vrfId())
        .bool("metro_routing", t.metroRouting())
        .bool("route_liveness", t.routeLiveness())
        .text("payment_status", t.paymentStatus().rustDisplay())
        .text("billing", t.billing().toString())
        .text("administrators", Formats.keys(t.administrators()))
        .key("token_account", t.tokenAccount())
        .number("reference_count", t.referenceCount())
        .key("owner", t.owner());
  }
}
