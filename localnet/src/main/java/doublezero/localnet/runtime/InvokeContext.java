package doublezero.localnet.runtime;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.List;

/// What a {@link ProgramProcessor} may ask of the runtime during one instruction.
public interface InvokeContext {
  /// The id of the program being executed.
  PublicKey programId();

  /// The slot the transaction executes in.
  long slot();

  /// The epoch the transaction executes in.
  long epoch();

  /// Appends a program log line; the runtime prefixes it with "Program log: " as `msg!` does.
  void log(String message);

  /// Cross-program invocation, `invoke_signed` style: runs `instruction` (whose accounts must all
  /// be among the current instruction's accounts) with, in addition to the caller's signers, the
  /// program-derived addresses of `signerSeeds` (each a seed list including its bump) under the
  /// current program id.
  ///
  /// @throws ProgramException with the callee's error, `MissingAccount`, `PrivilegeEscalation`,
  ///   `InvalidSeeds`, `UnsupportedProgramId` or `CallDepth`
  void invokeSigned(Instruction instruction, List<List<byte[]>> signerSeeds)
      throws ProgramException;

  /// `invoke` without program-derived signers.
  default void invoke(Instruction instruction) throws ProgramException {
    invokeSigned(instruction, List.of());
  }
}
