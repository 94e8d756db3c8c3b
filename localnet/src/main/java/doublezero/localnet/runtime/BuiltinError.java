package doublezero.localnet.runtime;

/// The payload-free variants of Solana's `InstructionError`, named as Rust names them (the JSON
/// form) with their display strings (`sdk/instruction/src/error.rs`, agave 2.x).
public enum BuiltinError {
  /// generic instruction error
  GenericError("generic instruction error"),
  /// invalid program argument
  InvalidArgument("invalid program argument"),
  /// invalid instruction data
  InvalidInstructionData("invalid instruction data"),
  /// invalid account data for instruction
  InvalidAccountData("invalid account data for instruction"),
  /// account data too small for instruction
  AccountDataTooSmall("account data too small for instruction"),
  /// insufficient funds for instruction
  InsufficientFunds("insufficient funds for instruction"),
  /// incorrect program id for instruction
  IncorrectProgramId("incorrect program id for instruction"),
  /// missing required signature for instruction
  MissingRequiredSignature("missing required signature for instruction"),
  /// instruction requires an uninitialized account
  AccountAlreadyInitialized("instruction requires an uninitialized account"),
  /// instruction requires an initialized account
  UninitializedAccount("instruction requires an initialized account"),
  /// sum of account balances before and after instruction do not match
  UnbalancedInstruction("sum of account balances before and after instruction do not match"),
  /// instruction illegally modified the program id of an account
  ModifiedProgramId("instruction illegally modified the program id of an account"),
  /// instruction spent from the balance of an account it does not own
  ExternalAccountLamportSpend("instruction spent from the balance of an account it does not own"),
  /// instruction modified data of an account it does not own
  ExternalAccountDataModified("instruction modified data of an account it does not own"),
  /// instruction changed the balance of a read-only account
  ReadonlyLamportChange("instruction changed the balance of a read-only account"),
  /// instruction modified data of a read-only account
  ReadonlyDataModified("instruction modified data of a read-only account"),
  /// instruction contains duplicate accounts
  DuplicateAccountIndex("instruction contains duplicate accounts"),
  /// instruction changed executable bit of an account
  ExecutableModified("instruction changed executable bit of an account"),
  /// insufficient account keys for instruction
  NotEnoughAccountKeys("insufficient account keys for instruction"),
  /// program other than the account's owner changed the size of the account data
  AccountDataSizeChanged(
      "program other than the account's owner changed the size of the account data"),
  /// instruction expected an executable account
  AccountNotExecutable("instruction expected an executable account"),
  /// program returned invalid error code
  InvalidError("program returned invalid error code"),
  /// instruction changed executable accounts data
  ExecutableDataModified("instruction changed executable accounts data"),
  /// instruction changed the balance of an executable account
  ExecutableLamportChange("instruction changed the balance of an executable account"),
  /// Unsupported program id
  UnsupportedProgramId("Unsupported program id"),
  /// Cross-program invocation call depth too deep
  CallDepth("Cross-program invocation call depth too deep"),
  /// An account required by the instruction is missing
  MissingAccount("An account required by the instruction is missing"),
  /// Cross-program invocation reentrancy not allowed for this instruction
  ReentrancyNotAllowed("Cross-program invocation reentrancy not allowed for this instruction"),
  /// Length of the seed is too long for address generation
  MaxSeedLengthExceeded("Length of the seed is too long for address generation"),
  /// Provided seeds do not result in a valid address
  InvalidSeeds("Provided seeds do not result in a valid address"),
  /// Failed to reallocate account data
  InvalidRealloc("Failed to reallocate account data"),
  /// Computational budget exceeded
  ComputationalBudgetExceeded("Computational budget exceeded"),
  /// Cross-program invocation with unauthorized signer or writable account
  PrivilegeEscalation("Cross-program invocation with unauthorized signer or writable account"),
  /// Program failed to complete
  ProgramFailedToComplete("Program failed to complete"),
  /// Account is immutable
  Immutable("Account is immutable"),
  /// Incorrect authority provided
  IncorrectAuthority("Incorrect authority provided"),
  /// Failed to serialize or deserialize account data
  BorshIoError("Failed to serialize or deserialize account data"),
  /// An account does not have enough lamports to be rent-exempt
  AccountNotRentExempt("An account does not have enough lamports to be rent-exempt"),
  /// Invalid account owner
  InvalidAccountOwner("Invalid account owner"),
  /// Program arithmetic overflowed
  ArithmeticOverflow("Program arithmetic overflowed"),
  /// Unsupported sysvar
  UnsupportedSysvar("Unsupported sysvar"),
  /// Provided owner is not allowed
  IllegalOwner("Provided owner is not allowed");

  private final String message;

  BuiltinError(String message) {
    this.message = message;
  }

  /// The Rust display string.
  public String message() {
    return message;
  }
}
