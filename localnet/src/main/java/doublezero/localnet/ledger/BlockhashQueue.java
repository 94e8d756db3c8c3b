package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.Base58;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/// Recent blockhashes, one per slot. A blockhash stays valid while its slot is at most {@link
/// #MAX_AGE} slots behind the current one, so its `lastValidBlockHeight` is `slot + 150` (Solana
/// `MAX_PROCESSING_AGE`; block height = slot here, as no slot is skipped). Thread-safe.
public final class BlockhashQueue {
  /// Slots a blockhash remains usable for.
  public static final int MAX_AGE = 150;

  private static final int KEEP = 300;

  /// One queue entry.
  ///
  /// @param slot the slot whose bank produced it
  /// @param hash the 32-byte hash
  public record Entry(long slot, byte[] hash) {
    /// The hash in base58.
    public String base58() {
      return Base58.encode(hash);
    }
  }

  private final Deque<Entry> entries = new ArrayDeque<>();

  /// Registers the blockhash of `slot` (slots must increase).
  public synchronized void register(long slot, byte[] hash) {
    entries.addLast(new Entry(slot, hash.clone()));
    while (entries.size() > KEEP) {
      entries.removeFirst();
    }
  }

  /// The newest entry.
  ///
  /// @throws IllegalStateException when empty
  public synchronized Entry latest() {
    if (entries.isEmpty()) {
      throw new IllegalStateException("no blockhash registered yet");
    }
    return entries.peekLast();
  }

  /// The slot of `hash` when it is still valid at `currentSlot`, or −1.
  public synchronized long validSlot(byte[] hash, long currentSlot) {
    for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (currentSlot - e.slot > MAX_AGE) {
        return -1;
      }
      if (Arrays.equals(e.hash, hash)) {
        return e.slot;
      }
    }
    return -1;
  }

  /// All entries, oldest first.
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /// Derives the blockhash of `slot` from its parent's: SHA-256(parent ‖ slot as u64 LE).
  public static byte[] next(byte[] parent, long slot) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(parent);
      sha.update(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(slot).array());
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
