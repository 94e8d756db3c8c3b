package doublezero.activator.ledger;

import doublezero.activator.handling.AccountView;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Every serviceability account the activator has seen (snapshots and the program subscription),
/// decoded, with the monotonic time it was last seen. A lookup of an address never seen falls back
/// to one `getAccountInfo` (the reference's SDK commands read such accounts over RPC). Not
/// thread-safe: owned by the processor thread.
public final class AccountCache implements AccountView {
  private final RpcClient rpc;
  private final PublicKey programId;
  private final Map<PublicKey, ServiceabilityAccount> accounts = new HashMap<>();
  private final Map<PublicKey, Long> seenAt = new HashMap<>();
  private long epoch;
  private long epochReadAt;

  /// @param rpc the ledger, for lookups of unseen addresses and the epoch
  /// @param programId the serviceability program (an account it does not own is not returned)
  public AccountCache(RpcClient rpc, PublicKey programId) {
    this.rpc = rpc;
    this.programId = programId;
  }

  /// Stores an account seen at `nanos` ([System#nanoTime]).
  public void put(PublicKey address, ServiceabilityAccount account, long nanos) {
    accounts.put(address, account);
    seenAt.put(address, nanos);
  }

  /// Forgets a closed account, remembering when (so an older snapshot does not bring it back).
  public void remove(PublicKey address) {
    accounts.remove(address);
    seenAt.put(address, System.nanoTime());
  }

  /// Marks the account as known up to now (its transaction just succeeded: an older snapshot is
  /// stale for it).
  public void touch(PublicKey address) {
    seenAt.put(address, System.nanoTime());
  }

  /// @return when the account was last seen, or [Long#MIN_VALUE] when never
  public long seenAt(PublicKey address) {
    return seenAt.getOrDefault(address, Long.MIN_VALUE);
  }

  /// @return the addresses cached
  public Set<PublicKey> addresses() {
    return Set.copyOf(accounts.keySet());
  }

  @Override
  public Optional<ServiceabilityAccount> peek(PublicKey address) {
    return Optional.ofNullable(accounts.get(address));
  }

  @Override
  public Optional<ServiceabilityAccount> get(PublicKey address) {
    ServiceabilityAccount a = accounts.get(address);
    if (a != null) {
      return Optional.of(a);
    }
    try {
      Optional<AccountInfo> info = rpc.getAccountInfo(address);
      if (info.isEmpty()
          || !info.get().owner().equals(programId)
          || info.get().data().length == 0) {
        return Optional.empty();
      }
      ServiceabilityAccount decoded = ServiceabilityAccounts.decode(info.get().data());
      put(address, decoded, System.nanoTime());
      return Optional.of(decoded);
    } catch (RpcException | DecodeException e) {
      return Optional.empty();
    }
  }

  @Override
  public <T extends ServiceabilityAccount> Map<PublicKey, T> all(Class<T> type) {
    Map<PublicKey, T> out = new HashMap<>();
    accounts.forEach(
        (k, v) -> {
          if (type.isInstance(v)) {
            out.put(k, type.cast(v));
          }
        });
    return out;
  }

  @Override
  public long epoch() {
    long now = System.nanoTime();
    if (epochReadAt == 0 || now - epochReadAt > 1_000_000_000L) {
      try {
        long e = rpc.getEpochInfo().epoch();
        epoch = e == 0 ? 1 : e;
        epochReadAt = now;
      } catch (RpcException e) {
        // keep the last epoch read; 0 before the first read means no pass is compared wrongly as
        // behind
      }
    }
    return epoch;
  }
}
