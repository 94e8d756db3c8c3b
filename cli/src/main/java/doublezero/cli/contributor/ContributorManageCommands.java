package doublezero.cli.contributor;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.args.MeKey;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.PubkeyOrMeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.Detail;
import doublezero.cli.output.Display;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.ContributorAccounts;
import doublezero.sdk.serviceability.instruction.DeleteContributor;
import doublezero.sdk.serviceability.instruction.UpdateContributor;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero contributor update|get|delete` (reference
/// `smartcontract/cli/src/contributor/{update,get,delete}.rs`, SDK
/// `commands/contributor/{update,delete}.rs`): UpdateContributor (#61) and DeleteContributor (#64),
/// each with `[contributor, globalstate, payer, system]`.
final class ContributorManageCommands {
  private ContributorManageCommands() {}

  static void requireGlobalState(Session s) {
    if (s.ledger().globalState().isEmpty()) {
      throw new CliException("Globalstate not initialized");
    }
  }

  static ContributorAccounts accounts(Session s, PublicKey contributor) {
    PublicKey program = s.connection().programId();
    return new ContributorAccounts(
        contributor, ServiceabilityPdas.globalState(program).address(), s.signer().publicKey());
  }

  /// The reference parses `--pubkey` as a key (a code is refused with `Invalid contributor
  /// pubkey`), refuses a `--code` another contributor has (case-sensitive), then parses `--owner`
  /// (`Invalid owner public key`).
  @Command(name = "update", description = "Update an existing contributor.")
  static final class Update extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Contributor pubkey to update.")
    String pubkey;

    @Option(
        names = "--code",
        converter = CodeConverter.class,
        description = "Updated code for the contributor.")
    String code;

    @Option(
        names = "--owner",
        converter = PubkeyOrCodeConverter.class,
        description = "Updated owner for the contributor.")
    String owner;

    @Option(
        names = "--ops-manager",
        converter = PubkeyOrMeConverter.class,
        description = "Updated ops manager pubkey for the contributor.")
    String opsManager;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      PublicKey key = MeKey.parse(pubkey, "Invalid contributor pubkey");
      if (code != null
          && s.ledger().all(Contributor.class).stream()
              .anyMatch(k -> !k.key().equals(key) && k.value().code().equals(code))) {
        throw new CliException("Contributor with code '" + code + "' already exists");
      }
      Optional<PublicKey> ownerKey =
          Optional.ofNullable(owner).map(o -> MeKey.parse(o, "Invalid owner public key"));
      Optional<PublicKey> opsKey =
          Optional.ofNullable(opsManager)
              .map(o -> MeKey.parse(o, "Invalid ops manager public key"));
      Keyed<Contributor> c = s.ledger().contributor(pubkey);
      requireGlobalState(s);
      Sender.send(
          s,
          new UpdateContributor(Optional.ofNullable(code), ownerKey, opsKey)
              .toInstruction(s.connection().programId(), accounts(s, c.key())));
    }
  }

  @Command(name = "get", description = "Get details for a specific contributor.")
  static final class Get extends CliCommand {
    @Option(
        names = "--code",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Contributor pubkey or code to get details for.")
    String code;

    @Option(names = "--json", description = "Output as JSON.")
    boolean json;

    @Override
    protected void execute(Session s) {
      Detail.print(s.out(), detail(s.ledger().contributor(code)), json);
    }

    /// @param k a contributor
    /// @return `account code reference_count status owner ops_manager_key` (status lowercase)
    static Display detail(Keyed<Contributor> k) {
      Contributor c = k.value();
      return new Display()
          .key("account", k.key())
          .text("code", c.code())
          .number("reference_count", c.referenceCount())
          .text("status", c.status().rustDisplay())
          .key("owner", c.owner())
          .key("ops_manager_key", c.opsManagerPk());
    }
  }

  @Command(name = "delete", description = "Delete a contributor.")
  static final class Delete extends CliCommand {
    @Option(
        names = "--pubkey",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Contributor pubkey or code to delete.")
    String pubkey;

    @Override
    protected void execute(Session s) {
      Sender.checkBalance(s, s.signer());
      Keyed<Contributor> c = s.ledger().contributor(pubkey);
      requireGlobalState(s);
      if (c.value().referenceCount() > 0) {
        throw new CliException(
            "Contributor cannot be deleted, it has " + c.value().referenceCount() + " references");
      }
      Sender.send(
          s,
          new DeleteContributor().toInstruction(s.connection().programId(), accounts(s, c.key())));
    }
  }
}
