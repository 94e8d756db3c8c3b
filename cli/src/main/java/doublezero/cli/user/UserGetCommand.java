package doublezero.cli.user;

import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero user get --pubkey <pk> [--json]` (reference `smartcontract/cli/src/user/get.rs`):
/// the fields `account user_type tenant device_pk device cyoa_type client_ip tunnel_id tunnel_net
/// dz_ip tunnel_endpoint validator_pubkey accesspass publishers subscribers status owner` as `key |
/// value` lines (all strings but `tunnel_id`). Fails with `Access Pass not found` when no pass
/// exists at PDA(client_ip, owner).
@Command(name = "get", description = "Get details for a specific user")
final class UserGetCommand extends CliCommand {
  @Option(
      names = "--pubkey",
      required = true,
      converter = PubkeyConverter.class,
      description = "User Pubkey to retrieve")
  PublicKey pubkey;

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    User u = UserInstructions.getUser(l, pubkey);
    Detail.print(s.out(), detail(l, pubkey, u), json);
  }

  /// @param l the accounts
  /// @param key the user's address
  /// @param u the user
  /// @return the `user get` record
  /// @throws CliException `Access Pass not found`
  static Display detail(LedgerView l, PublicKey key, User u) {
    AccessPass pass =
        l.get(
                ServiceabilityPdas.accessPass(l.programId(), u.clientIp(), u.owner()).address(),
                AccessPass.class)
            .orElseThrow(() -> new CliException("Access Pass not found"));
    String tenant =
        u.tenantPk().equals(PublicKey.DEFAULT)
            ? ""
            : l.nameOf(u.tenantPk(), Tenant.class, Tenant::code);
    return new Display()
        .key("account", key)
        .text("user_type", u.userType().rustDisplay())
        .text("tenant", tenant)
        .key("device_pk", u.devicePk())
        .text("device", l.nameOf(u.devicePk(), Device.class, Device::code))
        .text("cyoa_type", u.cyoaType().rustDisplay())
        .text("client_ip", u.clientIp().toString())
        .number("tunnel_id", u.tunnelId())
        .text("tunnel_net", u.tunnelNet().toString())
        .text("dz_ip", u.dzIp().toString())
        .text("tunnel_endpoint", u.tunnelEndpoint().toString())
        .key("validator_pubkey", u.validatorPubkey())
        .text("accesspass", UserDisplays.accessPassDisplay(pass))
        .text("publishers", codes(l, u.publishers()))
        .text("subscribers", codes(l, u.subscribers()))
        .text("status", u.status().rustDisplay())
        .key("owner", u.owner());
  }

  private static String codes(LedgerView l, List<PublicKey> groups) {
    return groups.stream()
        .map(g -> l.nameOf(g, MulticastGroup.class, MulticastGroup::code))
        .collect(Collectors.joining(", "));
  }
}
