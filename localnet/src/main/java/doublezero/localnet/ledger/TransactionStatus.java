package doublezero.localnet.ledger;

import java.util.List;

/// What the ledger remembers about a committed transaction, for `getSignatureStatuses`,
/// `getTransaction` and duplicate detection.
///
/// @param signature first signature, base58
/// @param slot slot it executed in
/// @param blockTime Unix seconds
/// @param wire the serialized transaction as received
/// @param err the error's JSON form (as `TransactionError.toJson()`), or null on success
/// @param fee lamports charged
/// @param logs program log lines
/// @param preBalances balance of each message account before
/// @param postBalances balance of each message account after
/// @param unitsConsumed compute units reported
public record TransactionStatus(
    String signature,
    long slot,
    long blockTime,
    byte[] wire,
    Object err,
    long fee,
    List<String> logs,
    long[] preBalances,
    long[] postBalances,
    long unitsConsumed) {}
