package doublezero.controller.state;

/// The ledger returned no device (or nothing at all): the controller keeps its previous cache
/// (§B.4).
public final class EmptyStateException extends RuntimeException {
  /// @param message what was missing
  public EmptyStateException(String message) {
    super(message);
  }
}
