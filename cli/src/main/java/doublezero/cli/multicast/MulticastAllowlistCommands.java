package doublezero.cli.multicast;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Display;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `multicast group allowlist publisher|subscriber add|list|remove` (reference
/// `smartcontract/cli/src/multicastgroup/ allowlist/{publisher,subscriber}/*.rs`). `add` validates
/// `--code` as a code and `--user-payer` as a key or `me`; `remove` and `list` take them as free
/// strings (a bad key is an `Error:` line when the command runs).
final class MulticastAllowlistCommands {
  static final List<String> HEADERS =
      List.of("account", "multicast_group", "client_ip", "user_payer");

  private MulticastAllowlistCommands() {}

  @Command(
      name = "allowlist",
      description = "Manage multicast group allowlists",
      subcommands = {Publisher.class, Subscriber.class})
  static final class Allowlist extends GroupCommand {}

  @Command(
      name = "publisher",
      description = "Manage publisher allowlist for multicast group",
      subcommands = {PubList.class, PubAdd.class, PubRemove.class})
  static final class Publisher extends GroupCommand {}

  @Command(
      name = "subscriber",
      description = "Manage subscriber allowlist for multicast group",
      subcommands = {SubList.class, SubAdd.class, SubRemove.class})
  static final class Subscriber extends GroupCommand {}

  abstract static class Add extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = CodeConverter.class,
        description = "Multicast group code")
    String code;

    @Option(
        names = "--client-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Client IP address in IPv4 format")
    Ipv4Address clientIp;

    @Option(
        names = "--user-payer",
        required = true,
        converter = PubkeyOrMeConverter.class,
        description = "Pubkey or 'me' for current payer")
    String userPayer;

    abstract boolean publisher();

    @Override
    protected void execute(Session s) {
      send(s, publisher(), true, code, clientIp, userPayer);
    }
  }

  abstract static class Remove extends CliCommand {
    @Option(names = "--code", required = true, description = "Multicast group code or pubkey")
    String code;

    @Option(
        names = "--client-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Client IP address in IPv4 format")
    Ipv4Address clientIp;

    @Option(
        names = "--user-payer",
        required = true,
        description = "Pubkey or 'me' for current payer")
    String userPayer;

    abstract boolean publisher();

    @Override
    protected void execute(Session s) {
      send(s, publisher(), false, code, clientIp, userPayer);
    }
  }

  static void send(
      Session s, boolean publisher, boolean add, String code, Ipv4Address ip, String userPayer) {
    PublicKey payer = s.signer().publicKey();
    Sender.checkBalance(s, s.signer());
    PublicKey up = MeKey.resolve(userPayer, payer);
    Keyed<MulticastGroup> g = s.ledger().multicastGroup(code);
    Sender.send(
        s,
        MulticastInstructions.allowlist(
            s.connection().programId(), publisher, add, g.key(), ip, up, payer));
  }

  abstract static class ListAllowlist extends CliCommand {
    @Option(names = "--code", required = true, description = "Multicast group code or pubkey")
    String code;

    @Mixin ListFormat format;

    abstract boolean publisher();

    @Override
    protected void execute(Session s) {
      LedgerView l = s.ledger();
      Listing.print(s.out(), HEADERS, rows(l, l.multicastGroup(code), publisher()), format);
    }
  }

  /// @param l the accounts
  /// @param g the group
  /// @param publisher the publisher allowlist (else the subscriber one)
  /// @return one row per AccessPass whose allowlist names the group, in ledger order
  static List<Display> rows(LedgerView l, Keyed<MulticastGroup> g, boolean publisher) {
    return l.all(AccessPass.class).stream()
        .map(Keyed::value)
        .filter(
            p -> (publisher ? p.mgroupPubAllowlist() : p.mgroupSubAllowlist()).contains(g.key()))
        .map(
            p ->
                new Display()
                    .key("account", g.key())
                    .text("multicast_group", g.value().code())
                    .text("client_ip", p.clientIp().toString())
                    .key("user_payer", p.userPayer()))
        .toList();
  }

  @Command(name = "list", description = "List publisher allowlist")
  static final class PubList extends ListAllowlist {
    @Override
    boolean publisher() {
      return true;
    }
  }

  @Command(name = "add", description = "Add a publisher to the allowlist")
  static final class PubAdd extends Add {
    @Override
    boolean publisher() {
      return true;
    }
  }

  @Command(name = "remove", description = "Remove a publisher from the allowlist")
  static final class PubRemove extends Remove {
    @Override
    boolean publisher() {
      return true;
    }
  }

  @Command(name = "list", description = "List subscriber allowlist")
  static final class SubList extends ListAllowlist {
    @Override
    boolean publisher() {
      return false;
    }
  }

  @Command(name = "add", description = "Add a subscriber to the allowlist")
  static final class SubAdd extends Add {
    @Override
    boolean publisher() {
      return false;
    }
  }

  @Command(name = "remove", description = "Remove a subscriber from the allowlist")
  static final class SubRemove extends Remove {
    @Override
    boolean publisher() {
      return false;
    }
  }
}
