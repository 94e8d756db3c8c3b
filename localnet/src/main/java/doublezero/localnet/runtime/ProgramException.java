package doublezero.localnet.runtime;

/// Thrown by a {@link ProgramProcessor} (or by the runtime on its behalf) to fail the current instruction; the whole
/// transaction is then rolled back except the fee.
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

  /// A builtin failure.
  public static ProgramException of(BuiltinError kind) {
    return new ProgramException(InstructionError.of(kind));
  }

  /// The error carried.
  public InstructionError error() {
    return error;
  }
}
