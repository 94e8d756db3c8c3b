package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;

/// Instruction #24 `SuspendDevice`: **deprecated**. The program answers `Custom(67) Deprecated`
/// without reading any account and ignores any argument bytes (`serviceability-instructions.md`
/// §1). Kept so its bytes still decode.
public record SuspendDevice() implements ServiceabilityInstruction {
  @Override
  public InstructionKind kind() {
    return InstructionKind.SUSPEND_DEVICE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    // no argument bytes
  }

  /// Reads nothing: the variant has no argument bytes (the program ignores any that follow).
  static SuspendDevice decodeArgs(BorshReader r) {
    return new SuspendDevice();
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [PayerAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, PayerAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
