package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// System instruction 9: allocate space in the account at `PublicKey.createWithSeed(base, seed,
/// owner)` and assign it to `owner`. Data: u32 9, 32-byte base, u64 seed length + UTF-8 seed, u64
/// space, 32-byte owner.
///
/// @param base base key of the derived address (must sign)
/// @param seed the seed text (the program rejects more than 32 bytes)
/// @param space bytes of account data (u64)
/// @param owner the program that will own the account
public record AllocateWithSeed(PublicKey base, String seed, long space, PublicKey owner)
    implements SystemInstruction {
  /// @return 9
  @Override
  public int discriminant() {
    return 9;
  }

  @Override
  public byte[] encode() {
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    return new BorshWriter(84 + s.length)
        .u32(9)
        .publicKey(base)
        .u64(s.length)
        .bytes(s)
        .u64(space)
        .publicKey(owner)
        .toByteArray();
  }
}
