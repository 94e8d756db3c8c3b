package doublezero.cli.error;

import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.TransactionError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/// The text printed after `Error: ` for a failure (reference `client/doublezero/src/main.rs` prints
/// `Error: {e}`): program errors by name and meaning (`InvalidStatus (7): Invalid Status`), ledger
/// and network errors with the URL, file errors as `<path>: <reason>` without a Java class name.
/// Used by the CLI's error handler and by commands that report a failure and go on (e.g. `multicast
/// group delete` listing the allowlist removals that failed).
public final class ErrorText {
  private ErrorText() {}

  /// @param ex a failure
  /// @return its user-facing message
  public static String of(Throwable ex) {
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
}
