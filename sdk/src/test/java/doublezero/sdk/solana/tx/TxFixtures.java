package doublezero.sdk.solana.tx;

import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// Keys and random instruction sets for the message and transaction tests.
final class TxFixtures {
  private TxFixtures() {}

  /// @return a key whose first byte is `first` (so tests control the byte order) and the rest
  ///   `fill`
  static PublicKey key(int first, int fill) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) fill);
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  static PublicKey key(int first) {
    return key(first, 0x11);
  }

  static Blockhash blockhash(int fill) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) fill);
    return Blockhash.of(b);
  }

  static PublicKey randomKey(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return PublicKey.of(b);
  }

  /// Random instructions over a small key pool (so keys repeat with different flags); never uses
  /// `payer` as a program.
  static List<Instruction> randomInstructions(Random rnd, PublicKey payer) {
    List<PublicKey> pool = new ArrayList<>();
    pool.add(payer);
    int poolSize = 1 + rnd.nextInt(10);
    for (int i = 0; i < poolSize; i++) {
      pool.add(randomKey(rnd));
    }
    List<Instruction> out = new ArrayList<>();
    int count = rnd.nextInt(5);
    for (int i = 0; i < count; i++) {
      PublicKey program = pool.get(1 + rnd.nextInt(pool.size() - 1));
      List<AccountMeta> metas = new ArrayList<>();
      int n = rnd.nextInt(7);
      for (int j = 0; j < n; j++) {
        metas.add(
            new AccountMeta(
                pool.get(rnd.nextInt(pool.size())), rnd.nextBoolean(), rnd.nextBoolean()));
      }
      byte[] data = new byte[rnd.nextInt(40)];
      rnd.nextBytes(data);
      out.add(new Instruction(program, metas, data));
    }
    return out;
  }
}
