package doublezero.localnet.journal;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;

/// One journal entry. The journal is the ledger's write-ahead log: replaying its records over the
/// last snapshot rebuilds the state exactly.
public sealed interface JournalRecord
    permits JournalRecord.Genesis,
        JournalRecord.Slot,
        JournalRecord.Writes,
        JournalRecord.Tx,
        JournalRecord.SegmentStart,
        JournalRecord.SegmentEnd {
  /// The ledger was created with this genesis hash at `createdMillis`.
  ///
  /// @param genesisHash 32 bytes
  /// @param createdMillis Unix milliseconds
  record Genesis(byte[] genesisHash, long createdMillis) implements JournalRecord {}

  /// The ledger moved to `slot` whose blockhash is `hash`.
  ///
  /// @param slot the new slot
  /// @param hash its blockhash
  record Slot(long slot, byte[] hash) implements JournalRecord {}

  /// Accounts written outside any transaction (genesis, bootstrap program loads).
  ///
  /// @param accounts address → new state (0 lamports = deleted)
  record Writes(Map<PublicKey, Account> accounts) implements JournalRecord {}

  /// A committed transaction and the account states it produced.
  ///
  /// @param status the status the RPC reports
  /// @param writes address → new state
  record Tx(TransactionStatus status, Map<PublicKey, Account> writes) implements JournalRecord {}

  /// First record of every segment after segment 0: which segment this is and the ledger state it
  /// continues from, so recovery can tell a missing, duplicated or reordered segment, or a snapshot
  /// from another point, from the real successor.
  ///
  /// @param segment this segment's number
  /// @param genesisHash 32 bytes, the ledger's genesis hash
  /// @param slot current slot when the segment was started
  /// @param transactionCount transactions committed before this segment
  /// @param feesCollected lamports burnt as fees before this segment
  record SegmentStart(
      long segment, byte[] genesisHash, long slot, long transactionCount, long feesCollected)
      implements JournalRecord {}

  /// Last record of a segment that was rotated: segment `next` must follow.
  ///
  /// @param next the successor's number
  record SegmentEnd(long next) implements JournalRecord {}
}
