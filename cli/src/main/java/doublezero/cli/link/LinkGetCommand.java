package doublezero.cli.link;

import doublezero.cli.args.CodeConverter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.output.Detail;
import doublezero.cli.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero link get --code <code|pubkey> [--json]` (reference
/// `smartcontract/cli/src/link/get.rs`).
@Command(name = "get", description = "Get details for a specific link")
final class LinkGetCommand extends CliCommand {
  @Option(
      names = "--code",
      required = true,
      converter = CodeConverter.class,
      description = "The pubkey or code of the link to retrieve")
  String code;

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    LedgerView l = s.ledger();
    Detail.print(s.out(), LinkDisplays.get(l, l.link(code)), json);
  }
}
