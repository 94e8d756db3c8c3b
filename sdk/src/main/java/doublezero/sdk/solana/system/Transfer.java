package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;

/// System instruction 2: transfer lamports between system accounts. Data: u32 2, u64 lamports (12
/// bytes).
///
/// @param lamports amount (u64)
public record Transfer(long lamports) implements SystemInstruction {
  /// @return 2
  @Override
  public int discriminant() {
    return 2;
  }

  @Override
  public byte[] encode() {
    return new BorshWriter(12).u32(2).u64(lamports).toByteArray();
  }
}
