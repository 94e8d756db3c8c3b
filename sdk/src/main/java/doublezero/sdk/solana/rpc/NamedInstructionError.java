package doublezero.sdk.solana.rpc;

import java.util.Objects;

/// An instruction error without data, e.g. `"InvalidAccountData"`, `"MissingRequiredSignature"`,
/// `"IncorrectProgramId"`, `"AccountAlreadyInitialized"`.
///
/// @param name Solana's `InstructionError` variant name
public record NamedInstructionError(String name) implements InstructionError {
  /// Requires a name.
  public NamedInstructionError {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String describe() {
    return name;
  }
}
