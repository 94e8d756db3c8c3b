package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;

/// System instruction 0: create a new account owned by `owner` with `space` zero bytes, funded with
/// `lamports` from the payer. Data: u32 0, u64 lamports, u64 space, 32-byte owner (52 bytes).
///
/// @param lamports lamports to transfer to the new account (u64)
/// @param space bytes of account data (u64)
/// @param owner the program that will own the account
public record CreateAccount(long lamports, long space, PublicKey owner)
    implements SystemInstruction {
  /// @return 0
  @Override
  public int discriminant() {
    return 0;
  }

  @Override
  public byte[] encode() {
    return new BorshWriter(52).u32(0).u64(lamports).u64(space).publicKey(owner).toByteArray();
  }
}
