package doublezero.localnet.node;

import doublezero.localnet.runtime.Execution;

/// What happened to a submitted transaction.
public sealed interface SubmitResult permits SubmitResult.Accepted, SubmitResult.PreflightFailed {
  /// Durably committed (or, without preflight, dropped at load time as a validator would): the
  /// signature to return.
  ///
  /// @param signature base58 signature
  record Accepted(String signature) implements SubmitResult {}

  /// Preflight simulation failed; nothing was committed.
  ///
  /// @param execution the simulation with its error and logs
  record PreflightFailed(Execution execution) implements SubmitResult {}
}
