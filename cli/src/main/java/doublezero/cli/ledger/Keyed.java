package doublezero.cli.ledger;

import doublezero.sdk.solana.key.PublicKey;

/// One decoded account and its address.
///
/// @param key the account address
/// @param value the decoded state
/// @param <T> the account record type
public record Keyed<T>(PublicKey key, T value) {}
