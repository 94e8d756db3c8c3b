package doublezero.sdk.solana.rpc;

import java.util.Objects;

/// A transaction error without data, written by the node as a bare string, e.g.
/// `"BlockhashNotFound"`, `"AlreadyProcessed"`, `"InsufficientFundsForFee"`, `"AccountNotFound"`.
///
/// @param name Solana's `TransactionError` variant name
public record NamedTransactionError(String name) implements TransactionError {
  /// `BlockhashNotFound`: the blockhash expired or is unknown to the node.
  public static final String BLOCKHASH_NOT_FOUND = "BlockhashNotFound";

  /// `AlreadyProcessed`: this exact transaction already landed.
  public static final String ALREADY_PROCESSED = "AlreadyProcessed";

  /// `InsufficientFundsForFee`: the fee payer cannot pay the fee.
  public static final String INSUFFICIENT_FUNDS_FOR_FEE = "InsufficientFundsForFee";

  /// Requires a name.
  public NamedTransactionError {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String describe() {
    return name;
  }
}
