package doublezero.cli;

import doublezero.cli.account.AccountCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/// Entry point of the `doublezero` command (reference: `client/doublezero/src/main.rs`, see
/// `cli-doublezerod.md` §A). Exit codes: 0 success, 1 failure, 2 usage error.
@Command(
    name = "doublezero",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "DoubleZero client: manage and inspect the DoubleZero network.",
    subcommands = {AccountCommand.class, CommandLine.HelpCommand.class})
public final class DoubleZeroCli {
  /// Exit code for a failed command.
  public static final int EXIT_FAILURE = 1;
  /// Exit code for a usage error.
  public static final int EXIT_USAGE = 2;

  /// Runs the CLI with the process's streams and exits with its code.
  ///
  /// @param args command-line arguments
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /// Runs the CLI with the given streams; used by tests.
  ///
  /// @param out  standard output
  /// @param err  standard error
  /// @param args command-line arguments
  /// @return the exit code
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = new CommandLine(new DoubleZeroCli());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    cmd.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
