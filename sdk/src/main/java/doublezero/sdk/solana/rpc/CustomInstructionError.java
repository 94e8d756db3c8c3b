package doublezero.sdk.solana.rpc;

import doublezero.sdk.solana.key.PublicKey;
import java.util.Optional;

/// `{"Custom": code}`: the program returned its own error code (`ProgramError::Custom(code)`). The
/// program id and the program's error name are known only after [TransactionError#resolve].
///
/// @param code the custom error code (u32)
/// @param programId the failing instruction's program, or null when not resolved
/// @param programError the program's error for this code, or null when unknown
public record CustomInstructionError(long code, PublicKey programId, ProgramError programError)
    implements InstructionError {

  /// @throws IllegalArgumentException when the code is not a u32
  public CustomInstructionError {
    if (code < 0 || code > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("custom error code must be a u32, got " + code);
    }
  }

  /// @return `Custom`
  @Override
  public String name() {
    return "Custom";
  }

  /// @return the failing instruction's program, once resolved
  public Optional<PublicKey> program() {
    return Optional.ofNullable(programId);
  }

  /// @return the program's error name and message, once resolved and known
  public Optional<ProgramError> resolved() {
    return Optional.ofNullable(programError);
  }

  /// @param program the failing instruction's program id
  /// @param error the program's error, or null when unknown
  /// @return a copy carrying both
  public CustomInstructionError withProgram(PublicKey program, ProgramError error) {
    return new CustomInstructionError(code, program, error);
  }

  /// @return `InvalidStatus (7): Invalid Status` when resolved, else `custom program error 7 (0x7)`
  ///   (plus ` in program <id>` when the program is known)
  @Override
  public String describe() {
    if (programError != null) {
      return programError.name() + " (" + code + "): " + programError.message();
    }
    String s = "custom program error " + code + " (0x" + Long.toHexString(code) + ")";
    return programId == null ? s : s + " in program " + programId.toBase58();
  }
}
