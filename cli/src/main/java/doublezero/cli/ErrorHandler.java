package doublezero.cli;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.TransactionError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/// The one place where exceptions become messages and exit codes (reference `client/doublezero/src/main.rs`: every
/// failure prints `Error: {e}` and exits 1). Program errors print by name and meaning (`Error: InvalidStatus (7):
/// Invalid Status`), ledger and network errors name the URL, and a stack trace follows only with `--verbose` or for
/// an unexpected exception type.
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
    err.println(prefix + message(ex));
    if (ex instanceof TransactionFailedException tf && verbose(cmd)) {
      tf.logs().forEach(l -> err.println("  " + l));
    }
    if (verbose(cmd) || !expected(ex)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return DoubleZeroCli.EXIT_FAILURE;
  }

  static String message(Throwable ex) {
    return switch (ex) {
      case TransactionFailedException tf -> transactionMessage(tf.error());
      case RpcException rpc -> rpcMessage(rpc);
      case UncheckedIOException io -> ioMessage(io.getCause());
      default -> String.valueOf(ex.getMessage());
    };
  }

  /// A file-system failure as `<path>: <reason>`, without the Java exception's class name.
  private static String ioMessage(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> n.getFile() + ": no such file or directory";
      case AccessDeniedException a -> a.getFile() + ": permission denied";
      case FileAlreadyExistsException f -> f.getFile() + ": already exists";
      case FileSystemException f -> f.getFile() + ": " + f.getReason();
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }

  private static String transactionMessage(TransactionError error) {
    if (error instanceof InstructionFailed f) {
      return f.error().describe();
    }
    return error.describe();
  }

  private static String rpcMessage(RpcException rpc) {
    String m = rpc.getMessage();
    String url = rpc.url();
    return switch (rpc.kind()) {
      case TRANSPORT -> "cannot reach the DoubleZero ledger at " + url + " (" + m + ")";
      case HTTP, MALFORMED_RESPONSE, JSON_RPC, CONFIRMATION ->
          url == null || m.contains(url) ? m : m + " (ledger " + url + ")";
    };
  }

  private static boolean expected(Throwable ex) {
    return ex instanceof CliException || ex instanceof DecodeException || ex instanceof IllegalArgumentException
        || ex instanceof RpcException || ex instanceof TransactionFailedException || ex instanceof UncheckedIOException;
  }

  private static boolean verbose(CommandLine cmd) {
    Object root = cmd.getCommandSpec().root().userObject();
    return root instanceof DoubleZeroCli cli && cli.verbose();
  }

  static int exitCode(Throwable t) {
    return t instanceof CommandLine.ParameterException ? DoubleZeroCli.EXIT_USAGE : DoubleZeroCli.EXIT_FAILURE;
  }
}
