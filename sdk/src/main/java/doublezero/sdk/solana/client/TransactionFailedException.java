package doublezero.sdk.solana.client;

import doublezero.sdk.solana.rpc.TransactionError;
import java.util.List;
import java.util.Optional;

/// A transaction that the ledger refused: in preflight simulation (no signature landed) or after it
/// landed with an error. The message is the decoded error, e.g. `instruction 0 failed:
/// InvalidStatus (7): Invalid Status`.
public final class TransactionFailedException extends RuntimeException {
  private final String signature;
  private final TransactionError error;
  private final List<String> logs;

  /// @param signature the transaction id when it landed, else null (failed in preflight)
  /// @param error the error, with program error names resolved where known
  /// @param logs the program logs, possibly empty
  public TransactionFailedException(String signature, TransactionError error, List<String> logs) {
    super(error.describe());
    this.signature = signature;
    this.error = error;
    this.logs = List.copyOf(logs);
  }

  /// @return the signature of the failed transaction when it landed on the ledger
  public Optional<String> signature() {
    return Optional.ofNullable(signature);
  }

  /// @return the decoded error
  public TransactionError error() {
    return error;
  }

  /// @return the program logs (may be empty)
  public List<String> logs() {
    return logs;
  }
}
