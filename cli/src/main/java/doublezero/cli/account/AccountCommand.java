package doublezero.cli.account;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/// `doublezero account`: inspect accounts. Needs a subcommand.
@Command(
    name = "account",
    description = "Inspect accounts.",
    mixinStandardHelpOptions = true,
    subcommands = {AccountDecodeCommand.class})
public final class AccountCommand implements Runnable {
  @Spec CommandSpec spec;

  /// Without a subcommand: a usage error (exit code 2).
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
