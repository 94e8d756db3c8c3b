package doublezero.localnet.system;

/// The system program's custom error numbers (Solana `SystemError`,
/// `system-interface/src/error.rs`), reported as `InstructionError::Custom(n)`.
public enum SystemError {
  /// 0: an account with the same address already exists
  AccountAlreadyInUse,
  /// 1: account does not have enough SOL to perform the operation
  ResultWithNegativeLamports,
  /// 2: cannot assign account to this program id
  InvalidProgramId,
  /// 3: cannot allocate account data of this length
  InvalidAccountDataLength,
  /// 4: length of requested seed is too long
  MaxSeedLengthExceeded,
  /// 5: provided address does not match addressed derived from seed
  AddressWithSeedMismatch;

  /// The `Custom` code (the variant index).
  public long code() {
    return ordinal();
  }
}
