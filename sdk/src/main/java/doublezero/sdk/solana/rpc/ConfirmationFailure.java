package doublezero.sdk.solana.rpc;

/// Why [RpcClient#confirmTransaction] gave up; see [ConfirmationException#failure()].
public enum ConfirmationFailure {
  /// The block height passed the transaction's `lastValidBlockHeight` and the signature was never
  /// seen at the requested commitment: the transaction can no longer land.
  BLOCKHASH_EXPIRED,
  /// The caller's timeout passed first; the transaction may still land.
  TIMEOUT
}
