package doublezero.localnet.system;

import doublezero.localnet.ledger.Builtins;
import doublezero.localnet.ledger.Rent;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.Allocate;
import doublezero.sdk.solana.system.AllocateWithSeed;
import doublezero.sdk.solana.system.Assign;
import doublezero.sdk.solana.system.AssignWithSeed;
import doublezero.sdk.solana.system.CreateAccount;
import doublezero.sdk.solana.system.CreateAccountWithSeed;
import doublezero.sdk.solana.system.SystemInstruction;
import doublezero.sdk.solana.system.Transfer;
import doublezero.sdk.solana.system.TransferWithSeed;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// The system program (`11111111111111111111111111111111`): CreateAccount (0), Assign (1), Transfer
/// (2), CreateAccountWithSeed (3), Allocate (8), AllocateWithSeed (9), AssignWithSeed (10),
/// TransferWithSeed (11), with the checks, logs and `SystemError` codes of Solana's
/// `programs/system/src/system_processor.rs`. Instruction data is decoded by the SDK's one
/// system-instruction codec (`SystemInstruction.decode`, trailing bytes ignored as the runtime's
/// `limited_deserialize` does); undecodable data and the unsupported nonce instructions fail with
/// `InvalidInstructionData`.
public final class SystemProcessor implements ProgramProcessor {
  /// Longest seed `create_with_seed` accepts.
  public static final int MAX_SEED_LEN = 32;

  @Override
  public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException {
    SystemInstruction ix;
    try {
      ix = SystemInstruction.decode(data, true);
    } catch (DecodeException e) {
      throw ProgramException.of(BuiltinError.InvalidInstructionData);
    }
    switch (ix) {
      case CreateAccount c ->
          createAccount(ctx, accounts, c.lamports(), c.space(), c.owner(), null);
      case Assign a -> assign(ctx, need(accounts, 0), a.owner(), need(accounts, 0).key(), false);
      case Transfer t -> transfer(ctx, need(accounts, 0), need(accounts, 1), t.lamports());
      case CreateAccountWithSeed c -> createWithSeed(ctx, accounts, c);
      case Allocate a -> allocate(ctx, need(accounts, 0), a.space(), need(accounts, 0).isSigner());
      case AllocateWithSeed a -> allocateWithSeed(ctx, accounts, a);
      case AssignWithSeed a -> assignWithSeed(ctx, accounts, a);
      case TransferWithSeed t -> transferWithSeed(ctx, accounts, t);
    }
  }

  private static BorrowedAccount need(List<BorrowedAccount> accounts, int i)
      throws ProgramException {
    if (accounts.size() <= i) {
      throw ProgramException.of(BuiltinError.NotEnoughAccountKeys);
    }
    return accounts.get(i);
  }

  private static String addr(PublicKey address, PublicKey base) {
    return "Address { address: "
        + address
        + ", base: "
        + (base == null ? "None" : "Some(" + base + ")")
        + " }";
  }

  private static PublicKey derive(
      InvokeContext ctx, PublicKey address, PublicKey base, String seed, PublicKey owner)
      throws ProgramException {
    if (seed.getBytes(StandardCharsets.UTF_8).length > MAX_SEED_LEN) {
      throw ProgramException.custom(SystemError.MaxSeedLengthExceeded.code());
    }
    PublicKey derived = PublicKey.createWithSeed(base, seed, owner);
    if (!derived.equals(address)) {
      ctx.log("Create: address " + address + " does not match derived address " + derived);
      throw ProgramException.custom(SystemError.AddressWithSeedMismatch.code());
    }
    return base;
  }

  private static void createAccount(
      InvokeContext ctx,
      List<BorrowedAccount> accounts,
      long lamports,
      long space,
      PublicKey owner,
      PublicKey base)
      throws ProgramException {
    BorrowedAccount from = need(accounts, 0);
    BorrowedAccount to = need(accounts, 1);
    boolean toSigned = base == null ? to.isSigner() : signerAmong(accounts, base);
    if (to.lamports() != 0) {
      ctx.log("Create Account: account " + addr(to.key(), base) + " already in use");
      throw ProgramException.custom(SystemError.AccountAlreadyInUse.code());
    }
    allocateAndAssign(ctx, to, space, owner, toSigned, base);
    transfer(ctx, from, to, lamports);
  }

  private static boolean signerAmong(List<BorrowedAccount> accounts, PublicKey key) {
    return accounts.stream().anyMatch(a -> a.key().equals(key) && a.isSigner());
  }

  private static void createWithSeed(
      InvokeContext ctx, List<BorrowedAccount> accounts, CreateAccountWithSeed c)
      throws ProgramException {
    derive(ctx, need(accounts, 1).key(), c.base(), c.seed(), c.owner());
    createAccount(ctx, accounts, c.lamports(), c.space(), c.owner(), c.base());
  }

  private static void allocateWithSeed(
      InvokeContext ctx, List<BorrowedAccount> accounts, AllocateWithSeed a)
      throws ProgramException {
    BorrowedAccount account = need(accounts, 0);
    derive(ctx, account.key(), a.base(), a.seed(), a.owner());
    allocateAndAssign(
        ctx, account, a.space(), a.owner(), signerAmong(accounts, a.base()), a.base());
  }

  private static void assignWithSeed(
      InvokeContext ctx, List<BorrowedAccount> accounts, AssignWithSeed a) throws ProgramException {
    BorrowedAccount account = need(accounts, 0);
    derive(ctx, account.key(), a.base(), a.seed(), a.owner());
    assign(ctx, account, a.owner(), a.base(), signerAmong(accounts, a.base()));
  }

  private static void transferWithSeed(
      InvokeContext ctx, List<BorrowedAccount> accounts, TransferWithSeed t)
      throws ProgramException {
    BorrowedAccount from = need(accounts, 0);
    BorrowedAccount base = need(accounts, 1);
    BorrowedAccount to = need(accounts, 2);
    if (!base.isSigner()) {
      ctx.log("Transfer: `from` account " + base.key() + " must sign");
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    derive(ctx, from.key(), base.key(), t.fromSeed(), t.fromOwner());
    move(ctx, from, to, t.lamports());
  }

  private static void allocateAndAssign(
      InvokeContext ctx,
      BorrowedAccount to,
      long space,
      PublicKey owner,
      boolean signed,
      PublicKey base)
      throws ProgramException {
    allocate(ctx, to, space, signed, base);
    assign(ctx, to, owner, base == null ? to.key() : base, signed);
  }

  private static void allocate(
      InvokeContext ctx, BorrowedAccount account, long space, boolean signed)
      throws ProgramException {
    allocate(ctx, account, space, signed, null);
  }

  private static void allocate(
      InvokeContext ctx, BorrowedAccount account, long space, boolean signed, PublicKey base)
      throws ProgramException {
    if (!signed) {
      ctx.log("Allocate: 'to' account " + addr(account.key(), base) + " must sign");
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    if (account.dataLength() != 0 || !account.owner().equals(Builtins.SYSTEM_PROGRAM)) {
      ctx.log("Allocate: account " + addr(account.key(), base) + " already in use");
      throw ProgramException.custom(SystemError.AccountAlreadyInUse.code());
    }
    if (Long.compareUnsigned(space, Rent.MAX_PERMITTED_DATA_LENGTH) > 0) {
      ctx.log(
          "Allocate: requested "
              + Long.toUnsignedString(space)
              + ", max allowed "
              + Rent.MAX_PERMITTED_DATA_LENGTH);
      throw ProgramException.custom(SystemError.InvalidAccountDataLength.code());
    }
    account.setDataLength((int) space);
  }

  private static void assign(
      InvokeContext ctx,
      BorrowedAccount account,
      PublicKey owner,
      PublicKey signerKey,
      boolean signed)
      throws ProgramException {
    if (account.owner().equals(owner)) {
      return;
    }
    if (!signed && !account.isSigner()) {
      ctx.log(
          "Assign: account "
              + addr(account.key(), signerKey.equals(account.key()) ? null : signerKey)
              + " must sign");
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    account.setOwner(owner);
  }

  private static void transfer(
      InvokeContext ctx, BorrowedAccount from, BorrowedAccount to, long lamports)
      throws ProgramException {
    if (!from.isSigner()) {
      ctx.log("Transfer: `from` account " + from.key() + " must sign");
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    move(ctx, from, to, lamports);
  }

  private static void move(
      InvokeContext ctx, BorrowedAccount from, BorrowedAccount to, long lamports)
      throws ProgramException {
    if (from.dataLength() != 0) {
      ctx.log("Transfer: `from` must not carry data");
      throw ProgramException.of(BuiltinError.InvalidArgument);
    }
    if (Long.compareUnsigned(lamports, from.lamports()) > 0) {
      ctx.log(
          "Transfer: insufficient lamports "
              + Long.toUnsignedString(from.lamports())
              + ", need "
              + Long.toUnsignedString(lamports));
      throw ProgramException.custom(SystemError.ResultWithNegativeLamports.code());
    }
    from.debit(lamports);
    to.credit(lamports);
  }
}
