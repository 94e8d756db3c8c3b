package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #87 `RemoveQaAllowlist` (args `RemoveQaAllowlistArgs`, processor
/// `PROC/allowlist/qa/remove.rs`; `serviceability-instructions.md` §1–§3). Removes a key from the
/// QA allowlist (foundation only).
///
/// @param pubkey `pubkey`: Pubkey
public record RemoveQaAllowlist(PublicKey pubkey) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public RemoveQaAllowlist {
    Objects.requireNonNull(pubkey, "pubkey");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.REMOVE_QA_ALLOWLIST;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.publicKey(pubkey);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static RemoveQaAllowlist decodeArgs(BorshReader r) {
    return new RemoveQaAllowlist(r.publicKey("pubkey"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [GlobalStateAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, GlobalStateAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
