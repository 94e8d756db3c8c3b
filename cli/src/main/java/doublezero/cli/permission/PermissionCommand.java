package doublezero.cli.permission;

import doublezero.cli.args.MeKey;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.ListFormat;
import doublezero.cli.output.Listing;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.DeletePermission;
import doublezero.sdk.serviceability.instruction.PermissionAccounts;
import doublezero.sdk.serviceability.instruction.ResumePermission;
import doublezero.sdk.serviceability.instruction.SuspendPermission;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Comparator;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero permission set|suspend|resume|delete|get|list` (reference
/// `smartcontract/cli/src/permission/*.rs`, SDK `commands/permission/*.rs`). The account is the
/// permission PDA of `--user-payer`; every instruction carries `[permission, globalstate
/// (read-only), payer, system]`. `set` is in [PermissionSetCommand].
@Command(
    name = "permission",
    description = "Manage permissions.",
    subcommands = {
      PermissionSetCommand.class,
      PermissionCommand.Suspend.class,
      PermissionCommand.Resume.class,
      PermissionCommand.Delete.class,
      PermissionCommand.Get.class,
      PermissionCommand.ListCmd.class
    })
public final class PermissionCommand extends GroupCommand {

  /// @param userPayer the `--user-payer` argument
  /// @return the key
  /// @throws CliException `invalid user_payer pubkey: <Rust ParsePubkeyError>`
  static PublicKey userPayer(String userPayer) {
    try {
      return MeKey.fromStr(userPayer);
    } catch (CliException e) {
      throw new CliException("invalid user_payer pubkey: " + e.getMessage());
    }
  }

  /// @param s the session
  /// @param permission the permission PDA
  /// @return the reference SDK's accounts (no payer-permission account)
  static PermissionAccounts accounts(Session s, PublicKey permission) {
    PublicKey program = s.connection().programId();
    return new PermissionAccounts(
        permission,
        ServiceabilityPdas.globalState(program).address(),
        Optional.empty(),
        s.signer().publicKey());
  }

  /// Suspend, resume and delete: one instruction on the user payer's permission PDA. A PDA with no
  /// account is refused before sending with the same `AccountNotFound: pubkey=<pda>` as `permission
  /// get` (the reference sends, and the program fails on the empty account with an opaque
  /// `ProgramFailedToComplete`).
  abstract static class OnPda extends CliCommand {
    @Option(
        names = "--user-payer",
        required = true,
        description = "Pubkey whose permissions to change.")
    String userPayer;

    abstract Instruction instruction(Session s, PublicKey pda);

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      PublicKey pda =
          ServiceabilityPdas.permission(s.connection().programId(), userPayer(userPayer)).address();
      find(s, pda);
      Sender.send(s, instruction(s, pda));
    }
  }

  @Command(name = "suspend", description = "Suspend a permission account.")
  static final class Suspend extends OnPda {
    @Override
    Instruction instruction(Session s, PublicKey pda) {
      return new SuspendPermission().toInstruction(s.connection().programId(), accounts(s, pda));
    }
  }

  @Command(name = "resume", description = "Resume a suspended permission account.")
  static final class Resume extends OnPda {
    @Override
    Instruction instruction(Session s, PublicKey pda) {
      return new ResumePermission().toInstruction(s.connection().programId(), accounts(s, pda));
    }
  }

  @Command(name = "delete", description = "Delete a permission account.")
  static final class Delete extends OnPda {
    @Override
    Instruction instruction(Session s, PublicKey pda) {
      return new DeletePermission().toInstruction(s.connection().programId(), accounts(s, pda));
    }
  }

  @Command(name = "get", description = "Get the permissions of a user payer.")
  static final class Get extends CliCommand {
    @Option(
        names = "--user-payer",
        required = true,
        description = "Pubkey to look up permissions for.")
    String userPayer;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      PublicKey pda =
          ServiceabilityPdas.permission(s.connection().programId(), userPayer(userPayer)).address();
      Permission p = find(s, pda);
      Detail.print(s.out(), PermissionDisplays.of(new Keyed<>(pda, p)), json);
    }
  }

  /// @param s the session
  /// @param pda a permission PDA
  /// @return the account
  /// @throws CliException `AccountNotFound: pubkey=<pda>` (the RPC client's text) or `Invalid
  ///   Account Type`
  static Permission find(Session s, PublicKey pda) {
    if (s.rpc().getAccountInfo(pda).isEmpty()) {
      throw new CliException("AccountNotFound: pubkey=" + pda);
    }
    return s.ledger()
        .get(pda, Permission.class)
        .orElseThrow(() -> new CliException("Invalid Account Type"));
  }

  @Command(name = "list", description = "List all permission accounts.")
  static final class ListCmd extends CliCommand {
    @Mixin ListFormat format;

    @Override
    protected void execute(Session s) {
      Listing.print(
          s.out(),
          PermissionDisplays.HEADERS,
          s.ledger().all(Permission.class).stream()
              .sorted(Comparator.comparing(k -> k.value().userPayer().toBase58()))
              .map(PermissionDisplays::of)
              .toList(),
          format);
    }
  }
}
