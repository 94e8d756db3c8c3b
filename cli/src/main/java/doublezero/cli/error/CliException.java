package doublezero.cli.error;

/// A user-facing failure: printed as one `Error: <message>` line on stderr, exit code 1, no stack
/// trace.
public final class CliException extends RuntimeException {
  /// @param message what went wrong, naming the offending input
  public CliException(String message) {
    super(message);
  }

  /// @param message what went wrong
  /// @param cause the underlying error (shown only with `--verbose`)
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
