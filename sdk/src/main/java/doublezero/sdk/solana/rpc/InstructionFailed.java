package doublezero.sdk.solana.rpc;

import java.util.Objects;

/// `{"InstructionError":[index, error]}`: instruction `index` of the transaction failed and the
/// whole transaction rolled back (fees are still charged).
///
/// @param instructionIndex the failing instruction's position in the message (u8)
/// @param error why it failed
public record InstructionFailed(int instructionIndex, InstructionError error)
    implements TransactionError {
  /// @throws IllegalArgumentException when the index is negative
  public InstructionFailed {
    Objects.requireNonNull(error, "error");
    if (instructionIndex < 0) {
      throw new IllegalArgumentException("instruction index must be >= 0, got " + instructionIndex);
    }
  }

  /// @return `InstructionError`
  @Override
  public String name() {
    return "InstructionError";
  }

  /// @return e.g. `instruction 0 failed: InvalidStatus (7): Invalid Status` or `instruction 1
  ///   failed: InvalidAccountData`
  @Override
  public String describe() {
    return "instruction " + instructionIndex + " failed: " + error.describe();
  }
}
