package doublezero.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/// Base of a command that only groups subcommands: run without one, it is a usage error (exit code
/// 2).
public abstract class GroupCommand implements Runnable {
  /// The picocli model of this command.
  @Spec protected CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
