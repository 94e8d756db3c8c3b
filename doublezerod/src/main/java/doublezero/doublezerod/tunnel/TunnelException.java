package doublezero.doublezerod.tunnel;

/// A tunnel could not be built or torn down; the message names the step and the cause.
public final class TunnelException extends RuntimeException {
  /// @param message what failed
  public TunnelException(String message) {
    super(message);
  }

  /// @param message what failed
  /// @param cause the cause
  public TunnelException(String message, Throwable cause) {
    super(message, cause);
  }
}
