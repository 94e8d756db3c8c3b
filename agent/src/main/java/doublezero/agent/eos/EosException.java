package doublezero.agent.eos;

/// A command on the switch failed: the EOS SDK RPC call itself, or eAPI answered `success = false`.
public final class EosException extends RuntimeException {
  /// @param message what failed (the command and EOS's error message)
  public EosException(String message) {
    super(message);
  }

  /// @param message what failed
  /// @param cause the gRPC error
  public EosException(String message, Throwable cause) {
    super(message, cause);
  }
}
