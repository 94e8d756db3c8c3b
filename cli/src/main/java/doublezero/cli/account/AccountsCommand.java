package doublezero.cli.account;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.output.FieldsJson;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.session.Session;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Hidden `doublezero accounts [--account-type T] [--no-output]` (reference
/// `smartcontract/cli/src/accounts.rs`): every serviceability account as pretty JSON `{"env": …,
/// "accounts": [{"pubkey", "account_type", "account"}]}`, optionally only those whose type name
/// (`Device`, `AccessPass`, …) equals `T` ignoring case. The environment is derived from the
/// program id (unknown → devnet). Each `account` is `{"<TypeName>": {<Rust field names>}}`.
@Command(name = "accounts", hidden = true, description = "List Accounts")
public final class AccountsCommand extends CliCommand {
  @Option(names = "--account-type", description = "Filter by account type")
  String accountType;

  @Option(names = "--no-output", description = "Suppress output")
  boolean noOutput;

  @Override
  protected void execute(Session s) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put(
        "env",
        Environment.fromProgramId(s.connection().programId())
            .orElse(Environment.DEFAULT)
            .toString());
    ArrayNode arr = root.putArray("accounts");
    for (Keyed<ServiceabilityAccount> k : s.ledger().all(ServiceabilityAccount.class)) {
      String name = k.value().accountType().variantName();
      if (accountType != null
          && !name.toLowerCase(Locale.ROOT).equals(accountType.toLowerCase(Locale.ROOT))) {
        continue;
      }
      ObjectNode a = arr.addObject().put("pubkey", k.key().toBase58()).put("account_type", name);
      a.putObject("account").set(name, FieldsJson.toJson(k.value().fields()));
    }
    if (!noOutput) {
      s.out().println(JsonOutput.pretty(root));
    }
  }
}
