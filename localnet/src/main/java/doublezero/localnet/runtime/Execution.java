package doublezero.localnet.runtime;

import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Transaction;
import java.util.List;
import java.util.Map;

/// The outcome of executing one transaction against the bank, before (or without) committing it.
///
/// @param transaction the transaction
/// @param wire its serialized bytes
/// @param slot slot executed in
/// @param err the failure, or null
/// @param fee lamports charged (0 when not committed)
/// @param logs program logs
/// @param writes account states to store (empty when `err` is a load failure)
/// @param preBalances balances of the message's accounts before
/// @param postBalances balances after (what would be committed)
/// @param unitsConsumed compute units reported
public record Execution(
    Transaction transaction,
    byte[] wire,
    long slot,
    TransactionError err,
    long fee,
    List<String> logs,
    Map<PublicKey, Account> writes,
    long[] preBalances,
    long[] postBalances,
    long unitsConsumed) {
  /// Whether this execution changes the ledger (success, or an execution failure that still pays
  /// the fee).
  public boolean committable() {
    return err == null || err.committed();
  }
}
