package doublezero.cli.keys;

import doublezero.cli.command.CliCommand;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.instruction.InitGlobalState;
import doublezero.sdk.serviceability.instruction.ProgramConfigAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import picocli.CommandLine.Command;

/// `doublezero init` (hidden): InitGlobalState (#1) paid by the signer, who becomes the foundation
/// (reference `smartcontract/cli/src/init.rs`).
@Command(
    name = "init",
    hidden = true,
    description = "Initialise the serviceability program's global state.")
public final class InitCommand extends CliCommand {
  @Override
  protected void execute(Session s) {
    PublicKey program = s.connection().programId();
    Sender.send(
        s,
        new InitGlobalState()
            .toInstruction(
                program,
                new ProgramConfigAccounts(
                    ServiceabilityPdas.programConfig(program).address(),
                    ServiceabilityPdas.globalState(program).address(),
                    s.signer().publicKey())));
  }
}
