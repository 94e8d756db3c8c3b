package doublezero.localnet.ledger;

import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/// The accounts of the ledger: a concurrent map from address to {@link Account} plus an owner index
/// for `getProgramAccounts`.
///
/// One writer (the ledger's execution thread) applies whole write sets under the write lock, so a
/// reader that takes {@link #read} sees every transaction either entirely or not at all. Accounts
/// whose lamports drop to zero are removed, as Solana purges them.
public final class AccountStore {
  private final Map<PublicKey, Account> accounts = new ConcurrentHashMap<>();
  private final Map<PublicKey, Set<PublicKey>> byOwner = new ConcurrentHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /// The account at `key`, if it exists.
  public Optional<Account> get(PublicKey key) {
    return Optional.ofNullable(accounts.get(key));
  }

  /// The account at `key` or null.
  public Account getOrNull(PublicKey key) {
    return accounts.get(key);
  }

  /// Number of accounts.
  public int size() {
    return accounts.size();
  }

  /// Applies a write set atomically for readers using {@link #read}; an account with zero lamports
  /// is deleted.
  public void apply(Map<PublicKey, Account> writes) {
    lock.writeLock().lock();
    try {
      writes.forEach(this::putUnlocked);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /// Stores one account (deletes it when its lamports are zero).
  public void put(PublicKey key, Account account) {
    apply(Map.of(key, account));
  }

  private void putUnlocked(PublicKey key, Account account) {
    Account old = account.lamports() == 0 ? accounts.remove(key) : accounts.put(key, account);
    if (old != null && (account.lamports() == 0 || !old.owner().equals(account.owner()))) {
      Set<PublicKey> set = byOwner.get(old.owner());
      if (set != null) {
        set.remove(key);
      }
    }
    if (account.lamports() != 0) {
      byOwner.computeIfAbsent(account.owner(), o -> ConcurrentHashMap.newKeySet()).add(key);
    }
  }

  /// Runs `body` while no reader holds {@link #read} (for changes that readers must see whole, like
  /// a batch of writes becoming durable).
  public void exclusively(Runnable body) {
    lock.writeLock().lock();
    try {
      body.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /// Runs `body` while no write set is being applied, so several reads see one consistent state.
  public <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /// Accounts owned by `owner` that satisfy `filter`, as (address, account) pairs, in a consistent
  /// view.
  public List<Map.Entry<PublicKey, Account>> byOwner(PublicKey owner, Predicate<Account> filter) {
    return read(
        () -> {
          Set<PublicKey> keys = byOwner.getOrDefault(owner, Set.of());
          List<Map.Entry<PublicKey, Account>> out = new ArrayList<>(Math.min(keys.size(), 1024));
          for (PublicKey k : keys) {
            Account a = accounts.get(k);
            if (a != null && a.owner().equals(owner) && filter.test(a)) {
              out.add(Map.entry(k, a));
            }
          }
          return out;
        });
  }

  /// A consistent copy of every account (for snapshots).
  public Map<PublicKey, Account> copy() {
    return read(() -> Map.copyOf(accounts));
  }

  /// Sum of all balances (unsigned overflow is not expected below 2^63 lamports).
  public long totalLamports() {
    return read(() -> accounts.values().stream().mapToLong(Account::lamports).sum());
  }
}
