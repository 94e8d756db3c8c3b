package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Objects;

/// Instruction #4 `AddFoundationAllowlist` (args `AddFoundationAllowlistArgs`, processor
/// `PROC/allowlist/foundation/add.rs`; `serviceability-instructions.md` §1–§3). Adds a key to the
/// foundation allowlist.
///
/// @param pubkey `pubkey`: Pubkey
public record AddFoundationAllowlist(PublicKey pubkey) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public AddFoundationAllowlist {
    Objects.requireNonNull(pubkey, "pubkey");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ADD_FOUNDATION_ALLOWLIST;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.publicKey(pubkey);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static AddFoundationAllowlist decodeArgs(BorshReader r) {
    return new AddFoundationAllowlist(r.publicKey("pubkey"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [GlobalStateAccounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, GlobalStateAccounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }
}
