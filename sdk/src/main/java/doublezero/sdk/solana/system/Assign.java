package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;

/// System instruction 1: assign an account to a program. Data: u32 1, 32-byte owner (36 bytes).
///
/// @param owner the new owner program
public record Assign(PublicKey owner) implements SystemInstruction {
  /// @return 1
  @Override
  public int discriminant() {
    return 1;
  }

  @Override
  public byte[] encode() {
    return new BorshWriter(36).u32(1).publicKey(owner).toByteArray();
  }
}
