package doublezero.cli;

import doublezero.cli.command.RootCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.error.ErrorText;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.rpc.RpcException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/// The one place where exceptions become messages and exit codes (reference
/// `client/doublezero/src/main.rs`: every failure prints `Error: {e}` and exits 1). Program errors
/// print by name and meaning (`Error: InvalidStatus (7): Invalid Status`), ledger and network
/// errors name the URL, and a stack trace follows only with `--verbose` or for an unexpected
/// exception type.
final class ErrorHandler implements IExecutionExceptionHandler {
  private final boolean colour;

  /// @param colour whether stderr is a terminal (the `Error:` prefix is then red)
  ErrorHandler(boolean colour) {
    this.colour = colour;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    String prefix = colour ? "\u001b[31mError:\u001b[0m " : "Error: ";
    err.println(prefix + ErrorText.of(ex));
    if (ex instanceof TransactionFailedException tf && verbose(cmd)) {
      tf.logs().forEach(l -> err.println("  " + l));
    }
    if (verbose(cmd) || !expected(ex)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return DoubleZeroCli.EXIT_FAILURE;
  }

  private static boolean expected(Throwable ex) {
    return ex instanceof CliException
        || ex instanceof DecodeException
        || ex instanceof IllegalArgumentException
        || ex instanceof RpcException
        || ex instanceof TransactionFailedException
        || ex instanceof UncheckedIOException;
  }

  private static boolean verbose(CommandLine cmd) {
    Object root = cmd.getCommandSpec().root().userObject();
    return root instanceof RootCommand r && r.verbose();
  }

  static int exitCode(Throwable t) {
    return t instanceof CommandLine.ParameterException
        ? DoubleZeroCli.EXIT_USAGE
        : DoubleZeroCli.EXIT_FAILURE;
  }
}
