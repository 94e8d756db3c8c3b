package doublezero.cli;

/// The text [ErrorHandler] would print after `Error: ` for a failure, for commands that report a failure and go on
/// (e.g. `multicast group delete` listing the allowlist removals that failed).
public final class ErrorText {
  private ErrorText() {}

  /// @param e a failure
  /// @return its user-facing message (program errors by name, ledger errors with the URL)
  public static String of(Throwable e) {
    return ErrorHandler.message(e);
  }
}
