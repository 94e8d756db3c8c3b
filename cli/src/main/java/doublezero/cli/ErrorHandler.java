package doublezero.cli;

import doublezero.sdk.borsh.DecodeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/// The one place where exceptions become messages and exit codes: expected failures (bad input, undecodable
/// bytes, ledger errors) print one `Error: …` line; unexpected ones also print the stack trace.
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    boolean expected = ex instanceof CliException || ex instanceof DecodeException || ex instanceof IllegalArgumentException;
    cmd.getErr().println("Error: " + ex.getMessage());
    if (!expected) {
      ex.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return DoubleZeroCli.EXIT_FAILURE;
  }

  static int exitCode(Throwable t) {
    return t instanceof CommandLine.ParameterException ? DoubleZeroCli.EXIT_USAGE : DoubleZeroCli.EXIT_FAILURE;
  }
}
