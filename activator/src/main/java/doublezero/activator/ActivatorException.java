package doublezero.activator;

/// The activator refused to start: the program is not initialised, a GlobalConfig block is unset,
/// the keypair is not the activator authority, the ledger cannot be reached, or the metrics address
/// cannot be bound. The message names what was wrong and is meant for the operator as is.
public final class ActivatorException extends RuntimeException {
  /// @param message what was wrong
  public ActivatorException(String message) {
    super(message);
  }

  /// @param message what was wrong
  /// @param cause the underlying failure
  public ActivatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
