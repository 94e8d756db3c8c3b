package doublezero.sdk.solana.pubsub;

import doublezero.sdk.solana.rpc.AccountInfo;

/// An `accountNotification`: the account changed.
///
/// @param slot the context slot of the change (u64)
/// @param account the account's new state
public record AccountNotification(long slot, AccountInfo account) {}
