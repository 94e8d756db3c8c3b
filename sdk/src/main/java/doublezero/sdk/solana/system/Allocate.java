package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;

/// System instruction 8: allocate space in a system-owned, signing account. Data: u32 8, u64 space
/// (12 bytes).
///
/// @param space bytes of account data (u64)
public record Allocate(long space) implements SystemInstruction {
  /// @return 8
  @Override
  public int discriminant() {
    return 8;
  }

  @Override
  public byte[] encode() {
    return new BorshWriter(12).u32(8).u64(space).toByteArray();
  }
}
