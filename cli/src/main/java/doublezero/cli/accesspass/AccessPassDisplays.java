package doublezero.cli.accesspass;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/// The `access-pass list` and `access-pass get` records (reference
/// `smartcontract/cli/src/accesspass/{list,get}.rs`).
public final class AccessPassDisplays {
  /// The `access-pass list` table headers, in order.
  public static final List<String> HEADERS =
      List.of(
          "account",
          "accesspass_type",
          "client_ip",
          "user_payer",
          "tenant",
          "multicast",
          "last_access_epoch",
          "remaining_epoch",
          "flags",
          "connections",
          "status",
          "owner");

  private AccessPassDisplays() {}

  /// @param p an access pass
  /// @return `dynamic`, `allow_multiple_ip` joined with `", "` (reference
  ///   `AccessPass::flags_string`)
  public static String flags(AccessPass p) {
    List<String> f = new ArrayList<>();
    if (p.isDynamic()) {
      f.add("dynamic");
    }
    if (p.allowsMultipleIp()) {
      f.add("allow_multiple_ip");
    }
    return String.join(", ", f);
  }

  /// @param p an access pass
  /// @return its last epoch, `MAX` for u64::MAX
  public static String lastEpoch(AccessPass p) {
    return p.lastAccessEpoch() == -1L ? "MAX" : Long.toUnsignedString(p.lastAccessEpoch());
  }

  /// @param p an access pass
  /// @param epoch the current epoch
  /// @return the epochs left (saturating), `MAX` for u64::MAX
  public static String remaining(AccessPass p, long epoch) {
    if (p.lastAccessEpoch() == -1L) {
      return "MAX";
    }
    return Long.compareUnsigned(p.lastAccessEpoch(), epoch) <= 0
        ? "0"
        : Long.toUnsignedString(p.lastAccessEpoch() - epoch);
  }

  private static String group(LedgerView l, PublicKey g) {
    return l.nameOf(g, MulticastGroup.class, MulticastGroup::code);
  }

  /// @param l the accounts
  /// @param passes the passes to show
  /// @param epoch the current epoch
  /// @return the list records sorted by client IP (JSON: client_ip string, connections number,
  ///   status variant name)
  public static List<Display> list(LedgerView l, List<Keyed<AccessPass>> passes, long epoch) {
    return passes.stream()
        .sorted(Comparator.comparing(k -> k.value().clientIp().value() & 0xFFFFFFFFL))
        .map(
            k -> {
              AccessPass p = k.value();
              List<String> mc = new ArrayList<>();
              p.mgroupPubAllowlist().forEach(g -> mc.add("P:" + group(l, g)));
              p.mgroupSubAllowlist().forEach(g -> mc.add("S:" + group(l, g)));
              String tenants =
                  p.tenantAllowlist().stream()
                      .map(t -> l.nameOf(t, Tenant.class, Tenant::code))
                      .collect(Collectors.joining(", "));
              return new Display()
                  .key("account", k.key())
                  .text("accesspass_type", p.accesspassType().rustDisplay())
                  .text("client_ip", p.clientIp().toString())
                  .key("user_payer", p.userPayer())
                  .text("tenant", tenants)
                  .text("multicast", String.join(", ", mc))
                  .text("last_access_epoch", lastEpoch(p))
                  .text("remaining_epoch", remaining(p, epoch))
                  .text("flags", flags(p))
                  .number("connections", p.connectionCount())
                  .variant("status", p.status())
                  .key("owner", p.owner());
            })
        .toList();
  }

  /// @param l the accounts
  /// @param key the pass address
  /// @param p the pass
  /// @param epoch the current epoch
  /// @return the `access-pass get` record (header `type`; tenant codes skip the default key)
  public static Display detail(LedgerView l, PublicKey key, AccessPass p, long epoch) {
    String tenants =
        p.tenantAllowlist().stream()
            .filter(t -> !t.equals(PublicKey.DEFAULT))
            .map(t -> l.nameOf(t, Tenant.class, Tenant::code))
            .collect(Collectors.joining(", "));
    String pubs =
        p.mgroupPubAllowlist().stream().map(g -> group(l, g)).collect(Collectors.joining(", "));
    String subs =
        p.mgroupSubAllowlist().stream().map(g -> group(l, g)).collect(Collectors.joining(", "));
    String type = p.accesspassType().rustDisplay();
    return new Display()
        .key("account", key)
        .custom("type", type, JsonNodeFactory.instance.textNode(type))
        .text("client_ip", p.clientIp().toString())
        .key("user_payer", p.userPayer())
        .text("tenant", tenants)
        .text("multicast_pub", pubs)
        .text("multicast_sub", subs)
        .text("last_access_epoch", lastEpoch(p))
        .text("remaining_epoch", remaining(p, epoch))
        .text("flags", flags(p))
        .number("connections", p.connectionCount())
        .text("status", p.status().rustDisplay())
        .key("owner", p.owner());
  }
}
