package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/// What the bank has executed but the journal has not yet forced to disk, so that reads at
/// commitment `confirmed` or `finalized` see only durable state while `processed` reads see
/// everything, as on a validator.
///
/// The writer numbers its batches (1, 2, …). Before a batch's writes reach the {@link
/// AccountStore}, the writer records here, per address, the account as it was before the first
/// pending write (the last durable state) and the state after each pending batch, and each
/// committed signature. Once the journal force covering batch `n` returns, {@link #durable} moves
/// each address's durable state forward to its state after batch `n` (an address written by every
/// batch is never "settled", yet its durable state keeps up) and forgets what is wholly durable. A
/// reader reads the store first and then this overlay: an address written by a pending batch is
/// answered with its earlier state, so no interleaving shows a non-durable account.
///
/// Thread-safe: one writer, one syncing thread, any number of readers.
public final class UnsyncedChanges {
  /// One address with pending writes: its durable state and its state after each pending batch,
  /// oldest first. The versions change only inside the map's per-key compute; `durable` is read by
  /// readers.
  private static final class Prior {
    private volatile Account durable;
    private final ArrayDeque<Version> pending = new ArrayDeque<>();

    Prior(Account durable) {
      this.durable = durable;
    }

    Account durable() {
      return durable;
    }
  }

  private record Version(long batch, Account after) {}

  private final AccountStore store;
  private final Map<PublicKey, Prior> accounts = new ConcurrentHashMap<>();
  private final Map<String, Long> signatures = new ConcurrentHashMap<>();
  private volatile long durableSlot;

  /// @param store the accounts this overlay covers
  public UnsyncedChanges(AccountStore store) {
    this.store = store;
  }

  /// Records, before `store` applies them, that `writes` belong to not-yet-durable batch `batch`.
  ///
  /// @param store the store about to apply the writes (read for the prior state)
  /// @param writes address → new state
  /// @param batch the writer's batch number (> 0, non-decreasing)
  public void beforeApply(AccountStore store, Map<PublicKey, Account> writes, long batch) {
    writes.forEach(
        (k, a) ->
            accounts.compute(
                k,
                (key, old) -> {
                  Prior p = old == null ? new Prior(store.getOrNull(key)) : old;
                  Account after = a.lamports() == 0 ? null : a;
                  if (!p.pending.isEmpty() && p.pending.peekLast().batch() == batch) {
                    p.pending.pollLast();
                  }
                  p.pending.addLast(new Version(batch, after));
                  return p;
                }));
  }

  /// Records that `signature` (base58) was committed in not-yet-durable batch `batch`.
  public void committed(String signature, long batch) {
    signatures.put(signature, batch);
  }

  /// Every batch up to `batch` is durable; the ledger's durable slot is now `slot`. The overlay
  /// entries go under the store's exclusive lock, so a multi-account read under {@link
  /// AccountStore#read} sees a batch durable entirely or not at all.
  public void durable(long batch, long slot) {
    store.exclusively(
        () -> {
          for (PublicKey k : List.copyOf(accounts.keySet())) {
            accounts.computeIfPresent(
                k,
                (key, p) -> {
                  while (!p.pending.isEmpty() && p.pending.peekFirst().batch() <= batch) {
                    p.durable = p.pending.pollFirst().after();
                  }
                  return p.pending.isEmpty() ? null : p;
                });
          }
        });
    signatures.values().removeIf(b -> b <= batch);
    if (slot > durableSlot) {
      durableSlot = slot;
    }
  }

  /// Sets the durable slot at start-up (everything recovered is durable).
  public void start(long slot) {
    durableSlot = slot;
  }

  /// The newest slot whose journal record is durable.
  public long durableSlot() {
    return durableSlot;
  }

  /// Whether `signature`'s commit is durable (true also for unknown signatures).
  public boolean isDurable(String signature) {
    return !signatures.containsKey(signature);
  }

  /// The durable state of `key`: the store's, unless a pending batch wrote it. Call under {@link
  /// AccountStore#read} when several reads must agree.
  public Account read(AccountStore store, PublicKey key) {
    Account now = store.getOrNull(key);
    Prior p = accounts.get(key);
    return p == null ? now : p.durable();
  }

  /// The durable accounts owned by `owner` that satisfy `filter` (the store's, with pending
  /// addresses replaced by their durable state).
  public List<Map.Entry<PublicKey, Account>> byOwner(
      AccountStore store, PublicKey owner, Predicate<Account> filter) {
    return store.read(() -> byOwnerLocked(store, owner, filter));
  }

  private List<Map.Entry<PublicKey, Account>> byOwnerLocked(
      AccountStore store, PublicKey owner, Predicate<Account> filter) {
    List<Map.Entry<PublicKey, Account>> found = store.byOwner(owner, filter);
    Map<PublicKey, Prior> pending = Map.copyOf(accounts);
    if (pending.isEmpty()) {
      return found;
    }
    List<Map.Entry<PublicKey, Account>> out = new ArrayList<>(found.size());
    for (Map.Entry<PublicKey, Account> e : found) {
      if (!pending.containsKey(e.getKey())) {
        out.add(e);
      }
    }
    pending.forEach(
        (k, p) -> {
          Account d = p.durable();
          if (d != null && d.lamports() != 0 && d.owner().equals(owner) && filter.test(d)) {
            out.add(Map.entry(k, d));
          }
        });
    return out;
  }
}
