package doublezero.sdk.solana.pubsub;

import doublezero.sdk.solana.rpc.TransactionError;
import java.util.Optional;

/// A `signatureNotification`: the transaction reached the subscription's commitment. The node then
/// ends the subscription on its own.
///
/// @param slot the context slot (u64)
/// @param err why the transaction failed; empty when it succeeded
public record SignatureNotification(long slot, Optional<TransactionError> err) {}
