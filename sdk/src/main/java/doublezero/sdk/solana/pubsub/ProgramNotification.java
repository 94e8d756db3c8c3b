package doublezero.sdk.solana.pubsub;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;

/// A `programNotification`: an account owned by the program (and matching the filters) changed.
///
/// @param slot the context slot of the change (u64)
/// @param pubkey the account's address
/// @param account the account's new state
public record ProgramNotification(long slot, PublicKey pubkey, AccountInfo account) {}
