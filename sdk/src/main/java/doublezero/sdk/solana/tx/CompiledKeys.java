package doublezero.sdk.solana.tx;

import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Orders the account keys of a message the way solana-sdk does (solana-message
/// `CompiledKeys::compile` and `try_into_message_components`;
/// `sdk/program/src/message/compiled_keys.rs` in solana-program 1.14–2.x, now
/// `message/src/compiled_keys.rs` in anza-xyz/solana-sdk): flags are OR-merged per key over all
/// instructions (program ids enter as read-only non-signers), the fee payer is forced to a writable
/// signer and placed first, and the remaining keys are emitted in four groups (writable signers,
/// read-only signers, writable non-signers, read-only non-signers), each in ascending order of key
/// bytes because the reference collects them in a `BTreeMap<Pubkey, _>`.
final class CompiledKeys {
  private static final int SIGNER = 1;
  private static final int WRITABLE = 2;

  private CompiledKeys() {}

  /// @return the header and the ordered keys
  /// @throws IllegalArgumentException when a count does not fit in a u8 or there are more than 256
  ///   keys (reference `CompileError::AccountIndexOverflow`)
  static Map.Entry<MessageHeader, List<PublicKey>> compile(
      List<Instruction> instructions, PublicKey payer) {
    TreeMap<PublicKey, Integer> flags = new TreeMap<>();
    for (Instruction ix : instructions) {
      flags.putIfAbsent(ix.programId(), 0);
      for (AccountMeta m : ix.accounts()) {
        int f = (m.isSigner() ? SIGNER : 0) | (m.isWritable() ? WRITABLE : 0);
        flags.merge(m.publicKey(), f, (a, b) -> a | b);
      }
    }
    flags.remove(payer);
    List<PublicKey> keys = new ArrayList<>(flags.size() + 1);
    keys.add(payer);
    addGroup(keys, flags, SIGNER | WRITABLE);
    addGroup(keys, flags, SIGNER);
    int signers = keys.size();
    addGroup(keys, flags, WRITABLE);
    int beforeReadonlyUnsigned = keys.size();
    addGroup(keys, flags, 0);
    int readonlySigned = (int) flags.values().stream().filter(f -> f == SIGNER).count();
    int readonlyUnsigned = keys.size() - beforeReadonlyUnsigned;
    if (signers > 255 || readonlyUnsigned > 255 || keys.size() > 256) {
      throw new IllegalArgumentException(
          "account index overflow: "
              + keys.size()
              + " account keys ("
              + signers
              + " signers, "
              + readonlyUnsigned
              + " read-only unsigned); a legacy message addresses at most 256");
    }
    return Map.entry(
        new MessageHeader(signers, readonlySigned, readonlyUnsigned), List.copyOf(keys));
  }

  private static void addGroup(List<PublicKey> out, TreeMap<PublicKey, Integer> flags, int group) {
    flags.forEach(
        (key, f) -> {
          if (f == group) {
            out.add(key);
          }
        });
  }
}
