package doublezero.localnet.runtime;

import doublezero.localnet.ledger.Rent;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;

/// One account as an instruction sees it. Setters enforce the rules of Solana's `BorrowedAccount`
/// (`program-runtime/src/transaction_context.rs`): only the owner may debit lamports or change
/// data, read-only and executable accounts cannot change, the owner changes only on writable,
/// owned, zero-filled accounts.
public final class BorrowedAccount {
  private final MutableAccount state;
  private final boolean signer;
  private final boolean writable;
  private final PublicKey programId;

  BorrowedAccount(MutableAccount state, boolean signer, boolean writable, PublicKey programId) {
    this.state = state;
    this.signer = signer;
    this.writable = writable;
    this.programId = programId;
  }

  MutableAccount state() {
    return state;
  }

  /// The account's address.
  public PublicKey key() {
    return state.key;
  }

  /// Whether the account signed (or is a PDA signed for by the caller).
  public boolean isSigner() {
    return signer;
  }

  /// Whether the instruction may write the account.
  public boolean isWritable() {
    return writable;
  }

  /// Balance in lamports.
  public long lamports() {
    return state.lamports;
  }

  /// Owning program.
  public PublicKey owner() {
    return state.owner;
  }

  /// Whether the account is a program.
  public boolean executable() {
    return state.executable;
  }

  /// A copy of the data.
  public byte[] data() {
    return state.data.clone();
  }

  /// Length of the data in bytes.
  public int dataLength() {
    return state.data.length;
  }

  private boolean ownedByProgram() {
    return state.owner.equals(programId);
  }

  /// Sets the balance.
  ///
  /// @throws ProgramException `ExternalAccountLamportSpend`, `ReadonlyLamportChange`,
  ///   `ExecutableLamportChange`
  public void setLamports(long lamports) throws ProgramException {
    if (lamports == state.lamports) {
      return;
    }
    if (!ownedByProgram() && Long.compareUnsigned(lamports, state.lamports) < 0) {
      throw ProgramException.of(BuiltinError.ExternalAccountLamportSpend);
    }
    if (!writable) {
      throw ProgramException.of(BuiltinError.ReadonlyLamportChange);
    }
    if (state.executable) {
      throw ProgramException.of(BuiltinError.ExecutableLamportChange);
    }
    state.lamports = lamports;
  }

  /// Adds lamports, failing with `ArithmeticOverflow` on u64 overflow.
  public void credit(long lamports) throws ProgramException {
    long sum = state.lamports + lamports;
    if (Long.compareUnsigned(sum, state.lamports) < 0) {
      throw ProgramException.of(BuiltinError.ArithmeticOverflow);
    }
    setLamports(sum);
  }

  /// Removes lamports, failing with `InsufficientFunds` when the balance is too small.
  public void debit(long lamports) throws ProgramException {
    if (Long.compareUnsigned(lamports, state.lamports) > 0) {
      throw ProgramException.of(BuiltinError.InsufficientFunds);
    }
    setLamports(state.lamports - lamports);
  }

  private void checkDataChangeable() throws ProgramException {
    if (state.executable) {
      throw ProgramException.of(BuiltinError.ExecutableDataModified);
    }
    if (!writable) {
      throw ProgramException.of(BuiltinError.ReadonlyDataModified);
    }
    if (!ownedByProgram()) {
      throw ProgramException.of(BuiltinError.ExternalAccountDataModified);
    }
  }

  /// Replaces the data (its length may change).
  ///
  /// @throws ProgramException `ExecutableDataModified`, `ReadonlyDataModified`,
  ///   `ExternalAccountDataModified`, `AccountDataSizeChanged`, `InvalidRealloc`
  public void setData(byte[] data) throws ProgramException {
    if (data.length != state.data.length) {
      setDataLength(data.length);
    }
    if (Arrays.equals(data, state.data)) {
      return;
    }
    checkDataChangeable();
    state.data = data.clone();
  }

  /// Writes `bytes` at `offset` inside the existing data.
  ///
  /// @throws ProgramException as {@link #setData}, or `AccountDataTooSmall` when it does not fit
  public void writeData(int offset, byte[] bytes) throws ProgramException {
    if (offset < 0 || offset + bytes.length > state.data.length) {
      throw ProgramException.of(BuiltinError.AccountDataTooSmall);
    }
    checkDataChangeable();
    byte[] copy = state.data.clone();
    System.arraycopy(bytes, 0, copy, offset, bytes.length);
    state.data = copy;
  }

  /// Resizes the data, zero-filling new bytes.
  ///
  /// @throws ProgramException `AccountDataSizeChanged` if not owner, `InvalidRealloc` beyond 10
  ///   MiB, others as {@link #setData}
  public void setDataLength(int length) throws ProgramException {
    if (length == state.data.length) {
      return;
    }
    if (length < 0 || length > Rent.MAX_PERMITTED_DATA_LENGTH) {
      throw ProgramException.of(BuiltinError.InvalidRealloc);
    }
    if (!ownedByProgram()) {
      throw ProgramException.of(BuiltinError.AccountDataSizeChanged);
    }
    checkDataChangeable();
    state.data = Arrays.copyOf(state.data, length);
  }

  /// Changes the owner.
  ///
  /// @throws ProgramException `ModifiedProgramId` unless the account is owned by the current
  ///   program, writable, not executable and its data is all zeros
  public void setOwner(PublicKey owner) throws ProgramException {
    if (owner.equals(state.owner)) {
      return;
    }
    if (!ownedByProgram() || !writable || state.executable || !isZeroed(state.data)) {
      throw ProgramException.of(BuiltinError.ModifiedProgramId);
    }
    state.owner = owner;
  }

  private static boolean isZeroed(byte[] d) {
    for (byte b : d) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }
}
