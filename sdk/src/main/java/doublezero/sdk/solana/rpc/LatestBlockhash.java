package doublezero.sdk.solana.rpc;

import java.util.Objects;

/// The answer of `getLatestBlockhash`.
///
/// @param blockhash the blockhash (base58) to put in a transaction message
/// @param lastValidBlockHeight the last block height at which a transaction using it can land (u64)
/// @param contextSlot the slot at which the node answered (u64)
public record LatestBlockhash(String blockhash, long lastValidBlockHeight, long contextSlot) {
  /// Requires a blockhash.
  public LatestBlockhash {
    Objects.requireNonNull(blockhash, "blockhash");
  }
}
