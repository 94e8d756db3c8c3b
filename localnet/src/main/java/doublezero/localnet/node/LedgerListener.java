package doublezero.localnet.node;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;

/// Told about durable changes, on the ledger's writer thread, after the journal sync:
/// implementations must not block.
public interface LedgerListener {
  /// The ledger reached `slot`.
  void onSlot(long slot);

  /// A transaction was committed durably with these account writes.
  void onTransaction(TransactionStatus status, Map<PublicKey, Account> writes);

  /// Accounts were written outside a transaction (bootstrap) at `slot`.
  default void onWrites(long slot, Map<PublicKey, Account> writes) {}
}
