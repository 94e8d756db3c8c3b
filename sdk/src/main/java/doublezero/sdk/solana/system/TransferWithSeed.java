package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// System instruction 11: transfer lamports from the account at `PublicKey.createWithSeed(base,
/// fromSeed, fromOwner)` (the base key signs). Data: u32 11, u64 lamports, u64 seed length + UTF-8
/// seed, 32-byte owner.
///
/// @param lamports lamports to move (u64)
/// @param fromSeed the seed of the source address
/// @param fromOwner the owner used to derive the source address
public record TransferWithSeed(long lamports, String fromSeed, PublicKey fromOwner)
    implements SystemInstruction {
  /// @return 11
  @Override
  public int discriminant() {
    return 11;
  }

  @Override
  public byte[] encode() {
    byte[] s = fromSeed.getBytes(StandardCharsets.UTF_8);
    return new BorshWriter(52 + s.length)
        .u32(11)
        .u64(lamports)
        .u64(s.length)
        .bytes(s)
        .publicKey(fromOwner)
        .toByteArray();
  }
}
