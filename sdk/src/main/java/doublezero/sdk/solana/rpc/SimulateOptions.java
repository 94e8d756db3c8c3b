package doublezero.sdk.solana.rpc;

import java.util.Optional;

/// Options of `simulateTransaction`.
///
/// @param sigVerify verify the signatures (conflicts with replaceRecentBlockhash)
/// @param replaceRecentBlockhash replace the message's blockhash with the latest one
/// @param commitment bank to simulate against; empty = the client's default
public record SimulateOptions(
    boolean sigVerify, boolean replaceRecentBlockhash, Optional<Commitment> commitment) {
  /// No signature check, keep the blockhash, the client's commitment.
  public static final SimulateOptions DEFAULTS =
      new SimulateOptions(false, false, Optional.empty());

  /// @throws IllegalArgumentException when both sigVerify and replaceRecentBlockhash are set (the
  ///   node refuses it)
  public SimulateOptions {
    if (sigVerify && replaceRecentBlockhash) {
      throw new IllegalArgumentException("sigVerify and replaceRecentBlockhash cannot both be set");
    }
  }
}
