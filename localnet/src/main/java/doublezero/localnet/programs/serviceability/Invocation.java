package doublezero.localnet.programs.serviceability;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.programs.accounts.Panic;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;

/// One execution of a serviceability instruction: the runtime context, the accounts, and the
/// building blocks every processor of the reference program uses (`SVC/serializer.rs`,
/// `PROC/validation.rs`, the state `TryFrom` impls; `serviceability-instructions.md` §0.2–§0.4).
/// Account state is read and written with the SDK's codecs.
public final class Invocation {
  private final InvokeContext ctx;
  private final List<BorrowedAccount> accounts;
  private final AccountValidator validator;

  /// @param ctx the runtime context
  /// @param accounts the instruction's accounts, in order
  /// @param validator the per-account-type validation run before every create and write
  public Invocation(InvokeContext ctx, List<BorrowedAccount> accounts, AccountValidator validator) {
    this.ctx = ctx;
    this.accounts = accounts;
    this.validator = validator;
  }

  /// @return the runtime context (slot, epoch, logs, CPI)
  public InvokeContext ctx() {
    return ctx;
  }

  /// @return the serviceability program id this instance runs under
  public PublicKey programId() {
    return ctx.programId();
  }

  /// @return a cursor over the accounts from the first one (`accounts.iter()` +
  ///   `next_account_info`)
  public AccountCursor cursor() {
    return new AccountCursor(accounts);
  }

  /// @return the number of accounts passed (Rust `accounts.len()`, which some processors branch on)
  public int accountCount() {
    return accounts.size();
  }

  /// Appends a program log line (`msg!`).
  public void log(String message) {
    ctx.log(message);
  }

  /// @return the failure for a `DoubleZeroError` variant: `Custom(code)` with the §5 code
  public ProgramException error(ServiceabilityError error) {
    return ProgramException.custom(error.code());
  }

  /// @return the failure for a Rust panic (`assert!`, `unwrap`), logged with `message`
  public ProgramException panic(String message) {
    return Panic.of(ctx, message);
  }

  /// `assert!(condition, message)`.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` when the condition is false
  public void check(boolean condition, String message) throws ProgramException {
    Panic.check(ctx, condition, message);
  }

  /// `assert!(payer.is_signer, "Payer must be a signer")`, the first check of nearly every
  /// processor.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` when the account did not sign
  public void checkSigner(BorrowedAccount payer) throws ProgramException {
    check(payer.isSigner(), "Payer must be a signer");
  }

  /// `assert_eq!(account.owner, program_id, "Invalid {label} Account Owner")`.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` when another program owns the account
  public void checkOwnedByProgram(BorrowedAccount account, String label) throws ProgramException {
    check(account.owner().equals(programId()), "Invalid " + label + " Account Owner");
  }

  /// `assert_eq!(system_program.key, system_program::ID, ...)`.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` for any other account
  public void checkSystemProgram(BorrowedAccount systemProgram) throws ProgramException {
    check(
        systemProgram.key().equals(SystemProgram.PROGRAM_ID),
        "Invalid System Program Account Owner");
  }

  /// `assert!(account.is_writable, "{label} Account is not writable")`.
  ///
  /// @throws ProgramException `ProgramFailedToComplete` for a read-only account
  public void checkWritable(BorrowedAccount account, String label) throws ProgramException {
    check(account.isWritable(), label + " Account is not writable");
  }

  /// `validate_program_account!` (`PROC/validation.rs`): owned by the program, not empty,
  /// optionally writable, and optionally at the expected PDA.
  ///
  /// @param expectedPda the required address, or null for none
  /// @throws ProgramException `ProgramFailedToComplete` when a check fails
  public void validateProgramAccount(
      BorrowedAccount account, boolean writable, PublicKey expectedPda, String label)
      throws ProgramException {
    checkOwnedByProgram(account, label);
    check(account.dataLength() > 0, label + " Account is empty");
    if (writable) {
      checkWritable(account, label);
    }
    if (expectedPda != null) {
      check(account.key().equals(expectedPda), "Invalid " + label + " PDA");
    }
  }

  /// Reads an account's state (the state type's `TryFrom<&AccountInfo>`).
  ///
  /// @param type the expected record type
  /// @return the decoded state
  /// @throws ProgramException `InvalidAccountData` when the account-type byte is another type's or
  ///   the data does not decode (docs/compatibility.md: the reference defaults unreadable fields
  ///   instead; only data the program never writes differs)
  public <T extends ServiceabilityAccount> T read(BorrowedAccount account, Class<T> type)
      throws ProgramException {
    ServiceabilityAccount value;
    try {
      value = ServiceabilityAccounts.decode(account.data());
    } catch (DecodeException e) {
      log("Failed to deserialize " + type.getSimpleName() + ": " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (!type.isInstance(value)) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    return type.cast(value);
  }

  /// @return the GlobalState held by `account` (no owner check: callers check first, as the
  ///   reference does)
  /// @throws ProgramException `InvalidAccountData` as [#read]
  public GlobalState globalState(BorrowedAccount account) throws ProgramException {
    return read(account, GlobalState.class);
  }

  /// `try_acc_create`: validates `value`, creates the PDA `account` sized to its encoding, and
  /// writes it.
  ///
  /// @param signerSeeds the PDA seeds including the bump
  /// @throws ProgramException the validation's custom error, or the system program's error
  public void create(
      ServiceabilityAccount value,
      BorrowedAccount account,
      BorrowedAccount payer,
      List<byte[]> signerSeeds)
      throws ProgramException {
    validator.validate(this, value);
    AccountLifecycle.create(ctx, account, payer, value.encode(), signerSeeds);
  }

  /// `try_acc_write`: validates `value`, resizes `account` to its encoding (the payer tops up rent
  /// when it grows; shrinking refunds nothing), and writes it.
  ///
  /// @throws ProgramException the validation's custom error, or a panic when the rent transfer
  ///   fails
  public void write(ServiceabilityAccount value, BorrowedAccount account, BorrowedAccount payer)
      throws ProgramException {
    validator.validate(this, value);
    AccountLifecycle.write(ctx, account, payer, value.encode());
  }

  /// `try_acc_close`: moves every lamport of `account` to `receiver` and returns it to the system
  /// program.
  ///
  /// @throws ProgramException `InsufficientFunds` on overflow, or the runtime's error for read-only
  ///   accounts
  public void close(BorrowedAccount account, BorrowedAccount receiver) throws ProgramException {
    AccountLifecycle.close(account, receiver);
  }
}
