package doublezero.sdk.solana.client;

import doublezero.sdk.solana.key.PublicKey;

/// An on-chain account decoded into a program's state type.
///
/// @param address the account's public key
/// @param lamports its balance in lamports
/// @param state the decoded data
/// @param <A> the state type
public record DecodedAccount<A>(PublicKey address, long lamports, A state) {}
