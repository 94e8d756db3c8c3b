package doublezero.cli.multicast;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.output.Formats;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `multicast group get --code <pk|code> [--json]` (reference
/// `smartcontract/cli/src/multicastgroup/get.rs`): the group's `key | value` lines, then
/// `\r\nallowlist:\r\n` and a psql table `account | mode | client_ip | user_payer` (mode `P`, `S`,
/// `P+S`), then `\r\nusers:\r\n` and a table of the users in the group (mode `P`, `S`, `PS`). JSON:
/// the group fields flattened (with `tenant_pk`), plus `allowlist` and `users` arrays.
@Command(name = "get", description = "Get details for a specific multicast group")
final class MulticastGroupGetCommand extends CliCommand {
  static final List<String> ALLOWLIST = List.of("account", "mode", "client_ip", "user_payer");
  static final List<String> USERS =
      List.of(
          "account",
          "multicast_mode",
          "device",
          "location",
          "cyoa_type",
          "client_ip",
          "tunnel_id",
          "tunnel_net",
          "dz_ip",
          "status",
          "owner");

  @Option(
      names = "--code",
      required = true,
      converter = PubkeyOrCodeConverter.class,
      description = "MulticastCroup code or Pubkey to query")
  String code;

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    s.out().print(render(s.ledger(), s.ledger().multicastGroup(code), json));
    s.out().flush();
  }

  /// @param l the accounts
  /// @param g the group
  /// @param json whether `--json` was given
  /// @return the whole output, ending in a newline
  static String render(LedgerView l, Keyed<MulticastGroup> g, boolean json) {
    MulticastGroup m = g.value();
    String tenant =
        m.tenantPk().equals(PublicKey.DEFAULT)
            ? ""
            : l.nameOf(m.tenantPk(), Tenant.class, Tenant::code);
    Display info =
        new Display()
            .key("account", g.key())
            .text("code", m.code())
            .key("tenant_pk", m.tenantPk())
            .hidden()
            .text("tenant", tenant)
            .text("multicast_ip", m.multicastIp().toString())
            .text("max_bandwidth", Formats.bandwidth(m.maxBandwidth()))
            .number("publisher_count", m.publisherCount())
            .number("subscriber_count", m.subscriberCount())
            .text("status", m.status().rustDisplay())
            .key("owner", m.owner());
    List<Display> allow =
        l.all(AccessPass.class).stream()
            .map(Keyed::value)
            .filter(
                p ->
                    p.mgroupPubAllowlist().contains(g.key())
                        || p.mgroupSubAllowlist().contains(g.key()))
            .map(
                p ->
                    new Display()
                        .key("account", g.key())
                        .text(
                            "mode",
                            p.mgroupPubAllowlist().contains(g.key())
                                ? (p.mgroupSubAllowlist().contains(g.key()) ? "P+S" : "P")
                                : "S")
                        .text("client_ip", p.clientIp().toString())
                        .key("user_payer", p.userPayer()))
            .toList();
    List<Display> users =
        l.all(User.class).stream()
            .filter(
                k ->
                    k.value().publishers().contains(g.key())
                        || k.value().subscribers().contains(g.key()))
            .map(k -> user(l, g.key(), k))
            .toList();
    if (json) {
      ObjectNode o = info.json();
      ArrayNode a = o.putArray("allowlist");
      allow.forEach(d -> a.add(d.json()));
      ArrayNode u = o.putArray("users");
      users.forEach(d -> u.add(d.json()));
      return JsonOutput.pretty(o) + "\n";
    }
    return Detail.render(info)
        + "\r\nallowlist:\r\n"
        + PsqlTable.render(ALLOWLIST, allow.stream().map(Display::row).toList())
        + "\n\r\nusers:\r\n"
        + PsqlTable.render(USERS, users.stream().map(Display::row).toList())
        + "\n";
  }

  private static Display user(LedgerView l, PublicKey group, Keyed<User> k) {
    User u = k.value();
    Optional<Device> d = l.get(u.devicePk(), Device.class);
    String device = d.map(Device::code).orElse(u.devicePk().toBase58());
    String location =
        d.map(x -> l.nameOf(x.locationPk(), Location.class, Location::name)).orElse("");
    boolean pub = u.publishers().contains(group);
    boolean sub = u.subscribers().contains(group);
    String mode = pub ? (sub ? "PS" : "P") : sub ? "S" : "X";
    return new Display()
        .key("account", k.key())
        .text("multicast_mode", mode)
        .text("device", device)
        .text("location", location)
        .text("cyoa_type", u.cyoaType().rustDisplay())
        .text("client_ip", u.clientIp().toString())
        .number("tunnel_id", u.tunnelId())
        .text("tunnel_net", u.tunnelNet().toString())
        .text("dz_ip", u.dzIp().toString())
        .text("status", u.status().rustDisplay())
        .key("owner", u.owner());
  }
}
