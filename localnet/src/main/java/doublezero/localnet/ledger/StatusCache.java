package doublezero.localnet.ledger;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.CompactU16;
import doublezero.sdk.solana.tx.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The retained transaction statuses, oldest first, with an index from every account key of a
/// retained transaction to its signatures (for `getSignaturesForAddress`). Memory is bounded by
/// `capacity`: when a status is forgotten, its index entries go with it, so an address maps only to
/// retained transactions.
///
/// Thread-safe (every method is `synchronized`).
public final class StatusCache {
  private final int capacity;
  private final LinkedHashMap<String, Entry> bySignature = new LinkedHashMap<>(1024);
  private final Map<PublicKey, ArrayDeque<Entry>> byAddress = new HashMap<>();
  private long nextSeq;

  private record Entry(TransactionStatus status, List<PublicKey> keys, long seq) {}

  /// @param capacity how many statuses to keep (> 0); the oldest are forgotten first
  /// @throws IllegalArgumentException when `capacity` is not positive
  public StatusCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("status capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
  }

  /// Stores `st` as the newest status (a signature already held keeps its place and gets the new
  /// status) and forgets the oldest when over capacity.
  ///
  /// @param st the status; its `wire` must be a serialized legacy transaction
  public synchronized void put(TransactionStatus st) {
    Entry old = bySignature.get(st.signature());
    if (old != null) {
      bySignature.put(st.signature(), new Entry(st, old.keys(), old.seq()));
      replaceIndexed(old, bySignature.get(st.signature()));
      return;
    }
    Entry e = new Entry(st, accountKeys(st.wire()), nextSeq++);
    bySignature.put(st.signature(), e);
    for (PublicKey k : e.keys()) {
      byAddress.computeIfAbsent(k, x -> new ArrayDeque<>()).addLast(e);
    }
    while (bySignature.size() > capacity) {
      evictOldest();
    }
  }

  /// The account keys of a stored transaction. Read past the signatures without the 1,232-byte
  /// packet check: the node accepts larger transactions from in-process callers (tests of the
  /// programs' own size limits).
  private static List<PublicKey> accountKeys(byte[] wire) {
    BorshReader r = BorshReader.strict(wire, "Transaction");
    int signatures = CompactU16.read(r, "signatures");
    r.bytes("signatures", signatures * Keypair.SIGNATURE_BYTES);
    return Message.deserialize(Arrays.copyOfRange(wire, r.offset(), wire.length)).accountKeys();
  }

  /// @param signature base58 signature
  /// @return its status, or null when unknown or forgotten
  public synchronized TransactionStatus get(String signature) {
    Entry e = bySignature.get(signature);
    return e == null ? null : e.status();
  }

  /// @param signature base58 signature
  /// @return whether its status is retained
  public synchronized boolean contains(String signature) {
    return bySignature.containsKey(signature);
  }

  /// @return every retained status, oldest first
  public synchronized List<TransactionStatus> all() {
    return bySignature.values().stream().map(Entry::status).toList();
  }

  /// The retained transactions that list `address` among their account keys, newest first (Solana
  /// `getSignaturesForAddress`, Agave `rpc/src/rpc.rs` / blockstore
  /// `get_confirmed_signatures_for_address2`).
  ///
  /// @param address the account
  /// @param limit at most this many (> 0)
  /// @param before only transactions committed before this signature (exclusive); an unknown or
  ///   forgotten `before` gives an empty list, as in Agave; null = from the newest
  /// @param until stop at this signature (exclusive); unknown or null = no lower bound
  /// @return the statuses, newest first
  public synchronized List<TransactionStatus> forAddress(
      PublicKey address, int limit, String before, String until) {
    long upper = Long.MAX_VALUE;
    if (before != null) {
      Entry b = bySignature.get(before);
      if (b == null) {
        return List.of();
      }
      upper = b.seq();
    }
    Entry u = until == null ? null : bySignature.get(until);
    long lower = u == null ? -1 : u.seq();
    ArrayDeque<Entry> list = byAddress.get(address);
    List<TransactionStatus> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Iterator<Entry> it = list.descendingIterator(); it.hasNext() && out.size() < limit; ) {
      Entry e = it.next();
      if (e.seq() <= lower) {
        break;
      }
      if (e.seq() < upper) {
        out.add(e.status());
      }
    }
    return out;
  }

  /// @return how many addresses the index holds (for tests of the memory bound)
  public synchronized int indexedAddresses() {
    return byAddress.size();
  }

  private void evictOldest() {
    Iterator<Entry> it = bySignature.values().iterator();
    Entry e = it.next();
    it.remove();
    for (PublicKey k : e.keys()) {
      ArrayDeque<Entry> list = byAddress.get(k);
      if (list == null) {
        continue;
      }
      if (list.peekFirst() == e) {
        list.pollFirst();
      } else {
        list.remove(e);
      }
      if (list.isEmpty()) {
        byAddress.remove(k);
      }
    }
  }

  private void replaceIndexed(Entry old, Entry fresh) {
    for (PublicKey k : old.keys()) {
      ArrayDeque<Entry> list = byAddress.get(k);
      if (list == null) {
        continue;
      }
      List<Entry> copy = new ArrayList<>(list);
      copy.replaceAll(x -> x == old ? fresh : x);
      list.clear();
      list.addAll(copy);
    }
  }
}
