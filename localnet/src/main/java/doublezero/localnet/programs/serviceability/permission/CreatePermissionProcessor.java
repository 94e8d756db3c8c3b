package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreatePermission;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.system.SystemProgram;

/// `CreatePermission` (#97, `PROC/permission/create.rs`; `serviceability-instructions.md` §3.14).
/// Accounts: Permission PDA(user_payer) (W), GlobalState, payer (S), system program, [payer's
/// Permission].
public final class CreatePermissionProcessor {
  private CreatePermissionProcessor() {}

  /// Creates {owner payer, status Activated, user_payer, permissions}.
  ///
  /// @throws ProgramException panics (signer, GlobalState owner, writable), builtin
  ///   `InvalidArgument` for a key that is not PDA(user_payer), `AccountAlreadyInitialized` when
  ///   the account is not system-owned, `NotAllowed` (8) from [Authorization], `InvalidArgument`
  ///   (65) for empty permissions
  public static void process(Invocation inv, CreatePermission args) throws ProgramException {
    AccountCursor cursor = inv.cursor();
    BorrowedAccount account = cursor.next();
    BorrowedAccount globalState = cursor.next();
    BorrowedAccount payer = cursor.next();
    cursor.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkWritable(account, "Permission");
    ProgramDerivedAddress pda = ServiceabilityPdas.permission(inv.programId(), args.userPayer());
    if (!account.key().equals(pda.address())) {
      throw ProgramException.of(BuiltinError.InvalidArgument);
    }
    if (!account.owner().equals(SystemProgram.PROGRAM_ID)) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    Authorization.authorize(
        inv,
        cursor,
        payer.key(),
        inv.globalState(globalState),
        PermissionFlag.maskOf(PermissionFlag.PERMISSION_ADMIN));
    if (Authorization.isZero(args.permissions())) {
      throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
    }
    Permission permission =
        new Permission(
            payer.key(),
            pda.bump(),
            PermissionStatus.ACTIVATED,
            args.userPayer(),
            args.permissions());
    inv.create(permission, account, payer, pda.signerSeeds());
  }
}
