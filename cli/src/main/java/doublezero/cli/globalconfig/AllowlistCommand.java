package doublezero.cli.globalconfig;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.cli.args.MeKey;
import doublezero.cli.command.CliCommand;
import doublezero.cli.command.GroupCommand;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.ListFormat;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.AddQaAllowlist;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.RemoveFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.RemoveQaAllowlist;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero global-config allowlist|qa-allowlist list|add|remove` (reference
/// `smartcontract/cli/src/allowlist/ {foundation,qa}/*.rs`, SDK `commands/allowlist/**`):
/// Add/RemoveFoundationAllowlist (#4/#5) and Add/RemoveQaAllowlist (#86/#87), each `[globalstate,
/// payer, system]`. `list` prints `Pubkeys:` then one `\t<pk>` line per key, or with
/// `--json`/`--json-compact` a JSON array of base58 strings.
final class AllowlistCommand {
  private AllowlistCommand() {}

  /// Which allowlist of the GlobalState a command works on.
  enum Kind {
    /// `foundation_allowlist`.
    FOUNDATION,
    /// `qa_allowlist`.
    QA;

    List<PublicKey> of(GlobalState gs) {
      return switch (this) {
        case FOUNDATION -> gs.foundationAllowlist();
        case QA -> gs.qaAllowlist();
      };
    }

    Instruction change(
        PublicKey program, PublicKey key, boolean add, GlobalStateAccounts accounts) {
      return switch (this) {
        case FOUNDATION ->
            add
                ? new AddFoundationAllowlist(key).toInstruction(program, accounts)
                : new RemoveFoundationAllowlist(key).toInstruction(program, accounts);
        case QA ->
            add
                ? new AddQaAllowlist(key).toInstruction(program, accounts)
                : new RemoveQaAllowlist(key).toInstruction(program, accounts);
      };
    }
  }

  @Command(
      name = "allowlist",
      description = "Manage the foundation allowlist.",
      subcommands = {FoundationList.class, FoundationAdd.class, FoundationRemove.class})
  static final class Foundation extends GroupCommand {}

  @Command(
      name = "qa-allowlist",
      description = "Manage the QA allowlist.",
      subcommands = {QaList.class, QaAdd.class, QaRemove.class})
  static final class Qa extends GroupCommand {}

  abstract static class ListBase extends CliCommand {
    @Mixin ListFormat format;

    abstract Kind kind();

    @Override
    protected void execute(Session s) {
      List<PublicKey> keys = kind().of(GlobalConfigCommand.globalState(s));
      if (format.json() || format.jsonCompact()) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        keys.forEach(k -> arr.add(k.toBase58()));
        s.out().println(format.jsonCompact() ? JsonOutput.compact(arr) : JsonOutput.pretty(arr));
      } else {
        s.out().println("Pubkeys:");
        keys.forEach(k -> s.out().println("\t" + k));
      }
    }
  }

  abstract static class ChangeBase extends CliCommand {
    @Option(names = "--pubkey", required = true, description = "Pubkey (or `me`).")
    String pubkey;

    abstract Kind kind();

    abstract boolean add();

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      PublicKey key = MeKey.resolve(pubkey, payer);
      PublicKey p = s.connection().programId();
      Sender.send(
          s,
          kind()
              .change(
                  p,
                  key,
                  add(),
                  new GlobalStateAccounts(ServiceabilityPdas.globalState(p).address(), payer)));
    }
  }

  @Command(name = "list", description = "List foundation allowlist.")
  static final class FoundationList extends ListBase {
    @Override
    Kind kind() {
      return Kind.FOUNDATION;
    }
  }

  @Command(name = "add", description = "Add a foundation to the allowlist.")
  static final class FoundationAdd extends ChangeBase {
    @Override
    Kind kind() {
      return Kind.FOUNDATION;
    }

    @Override
    boolean add() {
      return true;
    }
  }

  @Command(name = "remove", description = "Remove a foundation from the allowlist.")
  static final class FoundationRemove extends ChangeBase {
    @Override
    Kind kind() {
      return Kind.FOUNDATION;
    }

    @Override
    boolean add() {
      return false;
    }
  }

  @Command(name = "list", description = "List QA allowlist.")
  static final class QaList extends ListBase {
    @Override
    Kind kind() {
      return Kind.QA;
    }
  }

  @Command(name = "add", description = "Add a pubkey to the QA allowlist.")
  static final class QaAdd extends ChangeBase {
    @Override
    Kind kind() {
      return Kind.QA;
    }

    @Override
    boolean add() {
      return true;
    }
  }

  @Command(name = "remove", description = "Remove a pubkey from the QA allowlist.")
  static final class QaRemove extends ChangeBase {
    @Override
    Kind kind() {
      return Kind.QA;
    }

    @Override
    boolean add() {
      return false;
    }
  }
}
