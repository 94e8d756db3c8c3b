package doublezero.localnet.runtime;

/// Thrown by a {@link ProgramProcessor} (or by the runtime on its behalf) to fail the current
/// instruction; the whole transaction is then rolled back except the fee.
public final class ProgramException extends Exception {
  private final InstructionError error;

  /// @param error the instruction error to report
  public ProgramException(InstructionError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  /// A `Custom(code)` failure.
  public static ProgramException custom(long code) {
    return new ProgramException(InstructionError.custom(code));
  }

  /// An unexpected exception inside a ported program: the runtime's answer to a Rust panic (the
  /// instruction fails with `ProgramFailedToComplete`, as an SBF program that panics does). The
  /// exception is kept as the cause so the ledger can log it and a test can tell it from an
  /// intended program error.
  ///
  /// @param cause what the port threw
  public static ProgramException panicked(RuntimeException cause) {
    return new ProgramException(InstructionError.of(BuiltinError.ProgramFailedToComplete), cause);
  }

  private ProgramException(InstructionError error, Throwable cause) {
    super(error.message(), cause, false, false);
    this.error = error;
  }

  /// @return whether this failure is a panic (an unexpected exception in the port, kept as the
  ///   cause)
  public boolean isPanic() {
    return getCause() != null;
  }

  /// A builtin failure.
  public static ProgramException of(BuiltinError kind) {
    return new ProgramException(InstructionError.of(kind));
  }

  /// The error carried.
  public InstructionError error() {
    return error;
  }
}
