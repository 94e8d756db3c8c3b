package doublezero.cli.user;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.NetworkConverter;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The hidden `user update`, `user delete` and `user request-ban` commands (reference
/// `smartcontract/cli/src/user/{update,delete,request_ban}.rs`, SDK
/// `commands/user/{update,delete,requestban}.rs`).
final class UserAdminCommands {
  private UserAdminCommands() {}

  @Command(name = "update", hidden = true, description = "Update an existing user")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyConverter.class,
        description = "User Pubkey to update")
    PublicKey pubkey;

    @Option(names = "--dz-ip", converter = Ipv4Converter.class, description = "New DZ IP address")
    Ipv4Address dzIp;

    @Option(names = "--tunnel-id", description = "New Tunnel ID")
    Integer tunnelId;

    @Option(
        names = "--tunnel-net",
        converter = NetworkConverter.class,
        description = "New Tunnel Network in CIDR format")
    NetworkV4 tunnelNet;

    @Option(
        names = "--validator-pubkey",
        converter = PubkeyConverter.class,
        description = "New Validator Pubkey")
    PublicKey validatorPubkey;

    @Override
    protected void execute(Session s) {
      if (tunnelId != null && (tunnelId < 0 || tunnelId > 0xFFFF)) {
        throw usage(
            "invalid value '"
                + tunnelId
                + "' for '--tunnel-id <TUNNEL_ID>': number too large to fit in "
                + "target type");
      }
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      LedgerView l = s.ledger();
      PublicKey program = s.connection().programId();
      UserInstructions ui = new UserInstructions(program, l, payer);
      ui.globalState();
      boolean updating = dzIp != null || tunnelId != null || tunnelNet != null;
      Optional<UserResourceAccounts> res = Optional.empty();
      if (ui.onchainAllocation() && updating) {
        User u = UserInstructions.getUser(l, pubkey);
        Device d =
            l.get(u.devicePk(), Device.class)
                .orElseThrow(() -> new CliException("Device not found"));
        res =
            Optional.of(
                UserResourceAccounts.derive(program, u.devicePk(), d.dzPrefixes().size(), true));
      }
      int count = res.map(r -> r.dzPrefixBlocks().size()).orElse(0);
      Sender.send(
          s,
          new UpdateUser(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.ofNullable(dzIp),
                  Optional.ofNullable(tunnelId),
                  Optional.ofNullable(tunnelNet),
                  Optional.ofNullable(validatorPubkey),
                  Optional.empty(),
                  count,
                  res.isPresent() ? 1 : 0)
              .toInstruction(
                  program,
                  new UpdateUser.Accounts(
                      pubkey,
                      ServiceabilityPdas.globalState(program).address(),
                      res,
                      Optional.empty(),
                      payer)));
    }
  }

  @Command(name = "delete", hidden = true, description = "Delete a user")
  static final class Delete extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyConverter.class,
        description = "User Pubkey to delete")
    PublicKey pubkey;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      UserInstructions first = new UserInstructions(s.connection().programId(), s.ledger(), payer);
      first.globalState();
      first.user(pubkey);
      UserGroups.leaveAll(s, pubkey);
      Sender.send(
          s, new UserInstructions(s.connection().programId(), s.ledger(), payer).delete(pubkey));
    }
  }

  @Command(name = "request-ban", hidden = true, description = "Request a ban for a user")
  static final class RequestBan extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyConverter.class,
        description = "User Pubkey to ban")
    PublicKey pubkey;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      GlobalState gs =
          s.ledger()
              .globalState()
              .orElseThrow(() -> new CliException("Globalstate not initialized"));
      if (!gs.foundationAllowlist().contains(payer)) {
        throw new CliException("Please contact the DoubleZero Foundation to allow you to connect.");
      }
      UserInstructions ui = new UserInstructions(s.connection().programId(), s.ledger(), payer);
      ui.user(pubkey);
      if (ui.onchainAllocation()) {
        UserGroups.leaveAll(s, pubkey);
      }
      Sender.send(
          s,
          new UserInstructions(s.connection().programId(), s.ledger(), payer).requestBan(pubkey));
    }
  }
}
