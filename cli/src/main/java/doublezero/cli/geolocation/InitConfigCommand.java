package doublezero.cli.geolocation;

import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.session.Session;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero geolocation init-config [--yes]` (reference
/// `smartcontract/cli/src/geolocation/programconfig/init.rs`, SDK `programconfig/init.rs`):
/// InitProgramConfig (tag 0) with `[config PDA (w), program-data (ro), payer, system]`; only the
/// program's upgrade authority may send it. Asks `[y/N]` first unless `--yes`; prints `Signature:`
/// and `Account:` (the config PDA). Refused before sending when the config already exists.
@Command(
    name = "init-config",
    description = "Initialize the geolocation program config (one-time setup).")
final class InitConfigCommand extends CliCommand {
  @Mixin GeoProgramOption program;

  @Option(names = "--yes", description = "Skip confirmation prompt.")
  boolean yes;

  @Override
  protected void execute(Session s) {
    GeoContext geo = GeoContext.of(s, program);
    ProgramConfigAccounts accounts =
        ProgramConfigAccounts.derive(geo.programId(), s.signer().publicKey());
    PublicKey config = accounts.config();
    if (geo.client().get(config).isPresent()) {
      throw new CliException(
          "the geolocation program config already exists (account " + config + ")");
    }
    if (!yes
        && !Prompt.confirm(
            s, "Initialize geolocation program config? This is a one-time operation. [y/N]: ")) {
      return;
    }
    geo.send(new InitProgramConfig().toInstruction(geo.programId(), accounts));
    s.out().println("Account: " + config);
  }
}
