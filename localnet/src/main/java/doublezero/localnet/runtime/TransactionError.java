package doublezero.localnet.runtime;

import java.util.List;
import java.util.Map;

/// Why a transaction failed, as Solana's `TransactionError` (`sdk/transaction-error/src/lib.rs`): a
/// named variant, an instruction failure `InstructionError(index, error)`, or
/// `InsufficientFundsForRent { account_index }`.
public sealed interface TransactionError
    permits TransactionError.Named,
        TransactionError.Instruction,
        TransactionError.InsufficientFundsForRent {
  /// The JSON form used in `err` fields.
  Object toJson();

  /// The display message (used after "Transaction simulation failed: ").
  String message();

  /// Whether the transaction is recorded (fee charged) despite failing: only execution failures
  /// are; load failures (unknown blockhash, missing fee payer, replay, …) leave no trace.
  boolean committed();

  /// A named variant without payload.
  ///
  /// @param kind which one
  record Named(Kind kind) implements TransactionError {
    @Override
    public Object toJson() {
      return kind.name();
    }

    @Override
    public String message() {
      return kind.message;
    }

    @Override
    public boolean committed() {
      return false;
    }
  }

  /// `InstructionError(index, error)`.
  ///
  /// @param index instruction index in the message (u8)
  /// @param error the instruction's error
  record Instruction(int index, InstructionError error) implements TransactionError {
    @Override
    public Object toJson() {
      return Map.of("InstructionError", List.of(index, error.toJson()));
    }

    @Override
    public String message() {
      return "Error processing Instruction " + index + ": " + error.message();
    }

    @Override
    public boolean committed() {
      return true;
    }
  }

  /// `InsufficientFundsForRent { account_index }`.
  ///
  /// @param accountIndex index in the message's account keys
  record InsufficientFundsForRent(int accountIndex) implements TransactionError {
    @Override
    public Object toJson() {
      return Map.of("InsufficientFundsForRent", Map.of("account_index", accountIndex));
    }

    @Override
    public String message() {
      return "Transaction results in an account ("
          + accountIndex
          + ") with insufficient funds for rent";
    }

    @Override
    public boolean committed() {
      return true;
    }
  }

  /// Named variants with their display strings.
  enum Kind {
    /// duplicate signature
    AlreadyProcessed("This transaction has already been processed"),
    /// fee payer missing
    AccountNotFound("Attempt to debit an account but found no record of a prior credit."),
    /// program account missing
    ProgramAccountNotFound("Attempt to load a program that does not exist"),
    /// fee payer too poor
    InsufficientFundsForFee("Insufficient funds for fee"),
    /// fee payer not a system account
    InvalidAccountForFee("This account may not be used to pay transaction fees"),
    /// blockhash unknown or too old
    BlockhashNotFound("Blockhash not found"),
    /// bad signature
    SignatureFailure("Transaction did not pass signature verification"),
    /// malformed message
    SanitizeFailure("Transaction failed to sanitize accounts offsets correctly"),
    /// same account twice
    AccountLoadedTwice("Account loaded twice"),
    /// program not executable
    InvalidProgramForExecution("Attempt to load a program that does not exist");

    private final String message;

    Kind(String message) {
      this.message = message;
    }
  }

  /// Shorthand for a named error.
  static TransactionError of(Kind kind) {
    return new Named(kind);
  }
}
