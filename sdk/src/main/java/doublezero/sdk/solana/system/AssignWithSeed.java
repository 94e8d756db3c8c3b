package doublezero.sdk.solana.system;

import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// System instruction 10: assign the account at `PublicKey.createWithSeed(base, seed, owner)` to
/// `owner`. Data: u32 10, 32-byte base, u64 seed length + UTF-8 seed, 32-byte owner.
///
/// @param base base key of the derived address (must sign)
/// @param seed the seed text
/// @param owner the new owner program
public record AssignWithSeed(PublicKey base, String seed, PublicKey owner)
    implements SystemInstruction {
  /// @return 10
  @Override
  public int discriminant() {
    return 10;
  }

  @Override
  public byte[] encode() {
    byte[] s = seed.getBytes(StandardCharsets.UTF_8);
    return new BorshWriter(76 + s.length)
        .u32(10)
        .publicKey(base)
        .u64(s.length)
        .bytes(s)
        .publicKey(owner)
        .toByteArray();
  }
}
