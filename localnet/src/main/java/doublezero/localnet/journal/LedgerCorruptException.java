package doublezero.localnet.journal;

/// The ledger directory holds damaged data that cannot be a torn final write: start-up stops rather
/// than guess.
public final class LedgerCorruptException extends RuntimeException {
  /// @param message what is damaged and where (file, offset)
  public LedgerCorruptException(String message) {
    super(message);
  }

  /// @param message what is damaged and where
  /// @param cause the underlying failure
  public LedgerCorruptException(String message, Throwable cause) {
    super(message, cause);
  }
}
