package doublezero.sdk.solana.rpc;

import java.util.Optional;
import java.util.OptionalInt;

/// Options of `sendTransaction`.
///
/// @param skipPreflight skip the node's simulation before forwarding (default false: a failing
///   transaction is then reported at once as a -32002 [RpcException])
/// @param preflightCommitment commitment of the preflight simulation; empty = the client's default
/// @param maxRetries how often the node itself re-forwards the transaction to the leader; empty =
///   the node's default
public record SendOptions(
    boolean skipPreflight, Optional<Commitment> preflightCommitment, OptionalInt maxRetries) {
  /// Preflight on, the client's commitment, the node's retry default.
  public static final SendOptions DEFAULTS =
      new SendOptions(false, Optional.empty(), OptionalInt.empty());

  /// @throws IllegalArgumentException when maxRetries is negative
  public SendOptions {
    if (maxRetries.isPresent() && maxRetries.getAsInt() < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries.getAsInt());
    }
  }

  /// @param skip whether to skip preflight
  /// @return a copy
  public SendOptions withSkipPreflight(boolean skip) {
    return new SendOptions(skip, preflightCommitment, maxRetries);
  }

  /// @param c the preflight commitment
  /// @return a copy
  public SendOptions withPreflightCommitment(Commitment c) {
    return new SendOptions(skipPreflight, Optional.of(c), maxRetries);
  }

  /// @param n node-side retries
  /// @return a copy
  public SendOptions withMaxRetries(int n) {
    return new SendOptions(skipPreflight, preflightCommitment, OptionalInt.of(n));
  }
}
