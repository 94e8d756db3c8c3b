package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/// A transaction error with data other than `InstructionError`, e.g. `{"DuplicateInstruction":1}`
/// or `{"InsufficientFundsForRent":{"account_index":2}}`.
///
/// @param name Solana's `TransactionError` variant name
/// @param detail the variant's data as the node wrote it
public record DetailedTransactionError(String name, JsonNode detail) implements TransactionError {
  /// Requires both components.
  public DetailedTransactionError {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String describe() {
    return name + " " + detail;
  }
}
