package doublezero.activator.ledger;

import doublezero.activator.handling.Decision.Step;
import java.util.Optional;

/// How one step's transaction ended.
///
/// @param step the step
/// @param signature the transaction signature (base58), empty when it was never accepted by the
///   node
/// @param error why it failed (program error name and code, preflight or expiry), empty when it
///   reached `confirmed` without error
public record TxResult(Step step, Optional<String> signature, Optional<String> error) {
  /// @return whether the transaction succeeded
  public boolean ok() {
    return error.isEmpty();
  }
}
