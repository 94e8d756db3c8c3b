package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.sdk.borsh.U128;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// The signer seeds of an index-seeded account (`SVC/seeds.rs`; `serviceability-instructions.md` §0.5, §0.6):
/// `"doublezero"`, the type's seed (`"location"`, `"exchange"`, `"contributor"`, ...), the index as u128
/// little-endian (16 bytes), the bump.
public final class AccountIndexSeed {
  private AccountIndexSeed() {}

  /// @param seed  the type's seed, ASCII, e.g. `"location"`
  /// @param index the account's index (GlobalState.account_index after the increment)
  /// @param bump  the PDA's bump seed
  /// @return the seed list for [Invocation#create]
  public static List<byte[]> signerSeeds(String seed, U128 index, int bump) {
    return Invocation.signerSeeds(bump, seed.getBytes(StandardCharsets.US_ASCII), u128LittleEndian(index));
  }

  /// @return `index.to_le_bytes()`: 16 bytes, least significant first
  public static byte[] u128LittleEndian(U128 index) {
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (index.low() >>> (8 * i));
      out[8 + i] = (byte) (index.high() >>> (8 * i));
    }
    return out;
  }
}
