package doublezero.telemetry.ledger;

/// A telemetry-ledger call failed.
public final class LedgerException extends RuntimeException {
  /// How a failure bears on what may have landed.
  public enum Kind {
    /// The samples account does not exist (telemetry error 1011 or `AccountNotFound`).
    ACCOUNT_NOT_FOUND,
    /// The samples account holds its maximum (telemetry error 1006).
    ACCOUNT_FULL,
    /// The ledger refused the transaction: nothing landed.
    REJECTED,
    /// The outcome is unknown (network error, confirmation timeout): the transaction may still
    /// land.
    UNKNOWN
  }

  private final Kind kind;

  /// @param kind the kind
  /// @param message what failed
  /// @param cause the underlying error, or null
  public LedgerException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /// @return the kind
  public Kind kind() {
    return kind;
  }
}
