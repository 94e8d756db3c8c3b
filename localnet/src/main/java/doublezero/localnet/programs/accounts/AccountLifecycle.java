package doublezero.localnet.programs.accounts;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;

/// Creating, resizing, writing and closing program-owned accounts the way the DoubleZero programs
/// do it (`smartcontract/programs/common/src/create_account.rs`, `resize_account.rs`,
/// serviceability `serializer.rs`; `serviceability-instructions.md` §0.4). Shared by the
/// serviceability, telemetry and geolocation ports.
public final class AccountLifecycle {
  private AccountLifecycle() {}

  /// `try_create_account`: gives `account` `data.length` bytes owned by the current program and
  /// rent-exempt lamports, then writes `data`. With 0 lamports it CPIs `system::create_account`
  /// (the payer funds the rent); otherwise `allocate` + `assign` (signed with `signerSeeds`) and a
  /// top-up transfer from the payer.
  ///
  /// @param ctx the invocation
  /// @param account the new account (a PDA of the current program)
  /// @param payer the funding account (signer)
  /// @param data the serialized value
  /// @param signerSeeds the PDA's seeds, bump included
  /// @throws ProgramException the system program's error (e.g. `Custom(0)` AccountAlreadyInUse) or
  ///   the runtime's
  public static void create(
      InvokeContext ctx,
      BorrowedAccount account,
      BorrowedAccount payer,
      byte[] data,
      List<byte[]> signerSeeds)
      throws ProgramException {
    long rent = Rent.minimumBalance(data.length);
    List<List<byte[]>> seeds = List.of(signerSeeds);
    if (account.lamports() == 0) {
      ctx.invokeSigned(
          SystemProgram.createAccount(
              payer.key(), account.key(), rent, data.length, ctx.programId()),
          seeds);
    } else {
      ctx.invokeSigned(SystemProgram.allocate(account.key(), data.length), seeds);
      ctx.invokeSigned(SystemProgram.assign(account.key(), ctx.programId()), seeds);
      long diff = Math.max(0, rent - account.lamports());
      if (diff != 0) {
        ctx.invoke(SystemProgram.transfer(payer.key(), account.key(), diff));
      }
    }
    account.writeData(0, data);
  }

  /// `resize_account_if_needed`: when the length changes, a growing account first receives from the
  /// payer what it lacks for rent exemption at the new length (shrinking refunds nothing), then is
  /// reallocated.
  ///
  /// @param newLength the new data length in bytes
  /// @throws ProgramException `ProgramFailedToComplete` when the rent transfer or the realloc fails
  ///   (the reference `expect`s both)
  public static void resize(
      InvokeContext ctx, BorrowedAccount account, BorrowedAccount payer, int newLength)
      throws ProgramException {
    int actual = account.dataLength();
    if (actual == newLength) {
      return;
    }
    if (newLength > actual) {
      long required = Rent.minimumBalance(newLength);
      if (required > account.lamports()) {
        ctx.log("Rent required: " + required + ", actual: " + account.lamports());
        try {
          ctx.invoke(
              SystemProgram.transfer(payer.key(), account.key(), required - account.lamports()));
        } catch (ProgramException e) {
          throw Panic.of(ctx, "Unable to pay rent: " + e.getMessage());
        }
      }
    }
    try {
      account.setDataLength(newLength);
    } catch (ProgramException e) {
      throw Panic.of(ctx, "Unable to realloc the account: " + e.getMessage());
    }
    ctx.log("Resized account from " + actual + " to " + newLength);
  }

  /// Resizes to `data.length` as [#resize] does, then writes `data` (serviceability
  /// `try_acc_write`).
  ///
  /// @throws ProgramException as [#resize], or the runtime's error when the account may not be
  ///   written
  public static void write(
      InvokeContext ctx, BorrowedAccount account, BorrowedAccount payer, byte[] data)
      throws ProgramException {
    resize(ctx, account, payer, data.length);
    account.setData(data);
  }

  /// `try_acc_close`: moves every lamport to `receiver`, reallocates the data to 0 bytes and gives
  /// the account back to the system program.
  ///
  /// @throws ProgramException `InsufficientFunds` on u64 overflow of the receiver's balance (the
  ///   reference's `checked_add` error), or the runtime's error for a read-only account
  public static void close(BorrowedAccount account, BorrowedAccount receiver)
      throws ProgramException {
    long amount = account.lamports();
    long sum = receiver.lamports() + amount;
    if (Long.compareUnsigned(sum, receiver.lamports()) < 0) {
      throw ProgramException.of(BuiltinError.InsufficientFunds);
    }
    receiver.setLamports(sum);
    account.setLamports(0);
    account.setDataLength(0);
    account.setOwner(SystemProgram.PROGRAM_ID);
  }
}
