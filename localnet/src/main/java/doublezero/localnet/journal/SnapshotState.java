package doublezero.localnet.journal;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.ledger.BlockhashQueue;
import doublezero.localnet.ledger.TransactionStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;

/// Everything a snapshot holds: the full ledger state as of the start of journal segment
/// `nextSegment`.
///
/// @param nextSegment first journal segment to replay over this snapshot
/// @param genesisHash 32 bytes
/// @param createdMillis ledger creation time
/// @param slot current slot
/// @param blockhashes recent blockhashes, oldest first
/// @param transactionCount transactions committed
/// @param feesCollected lamports burnt as fees
/// @param accounts every account
/// @param statuses retained transaction statuses, oldest first
public record SnapshotState(
    long nextSegment,
    byte[] genesisHash,
    long createdMillis,
    long slot,
    List<BlockhashQueue.Entry> blockhashes,
    long transactionCount,
    long feesCollected,
    Map<PublicKey, Account> accounts,
    List<TransactionStatus> statuses) {}
