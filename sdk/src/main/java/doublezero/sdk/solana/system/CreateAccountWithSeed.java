package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// System instruction 3: create an account at the address `PublicKey.createWithSeed(base, seed,
/// owner)`. Data: u32 3, 32-byte base, u64 seed length + UTF-8 seed (bincode `String`), u64
/// lamports, u64 space, 32-byte owner.
///
/// @param base base key of the derived address
/// @param seed the seed text (the program rejects more than 32 bytes)
/// @param lamports lamports to transfer (u64)
/// @param space bytes of account data (u64)
/// @param owner the program that will own the account
public record CreateAccountWithSeed(
    PublicKey base, String seed, long lamports, long space, PublicKey owner)
    implements SystemInstruction {
  /// @return 3
  @Override
  public int discriminant() {
    return 3;
  }

  @Override
  public byte[] encode() {
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    return new BorshWriter(100 + s.length)
        .u32(3)
        .publicKey(base)
        .u64(s.length)
        .bytes(s)
        .u64(lamports)
        .u64(space)
        .publicKey(owner)
        .toByteArray();
  }
}
