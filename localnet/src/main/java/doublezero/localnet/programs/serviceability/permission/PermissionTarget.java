package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Permission;

/// The common prologue of Update/Suspend/Resume/DeletePermission
/// (`PROC/permission/{update,suspend,resume,delete}.rs`): accounts `[permission (W), globalstate,
/// payer (S), system]`, payer signature, both accounts validated (`validate_program_account!`), the
/// Permission read and its key required to be PDA(stored user_payer).
record PermissionTarget(
    AccountCursor cursor,
    BorrowedAccount account,
    BorrowedAccount globalState,
    BorrowedAccount payer,
    Permission permission) {

  /// @throws ProgramException `NotEnoughAccountKeys`, panics for the signer/owner/writable checks,
  ///   `InvalidAccountData` for another account type, builtin `InvalidArgument` for a key that is
  ///   not the PDA
  static PermissionTarget open(Invocation inv) throws ProgramException {
    AccountCursor cursor = inv.cursor();
    BorrowedAccount account = cursor.next();
    BorrowedAccount globalState = cursor.next();
    BorrowedAccount payer = cursor.next();
    cursor.next();
    inv.checkSigner(payer);
    inv.validateProgramAccount(globalState, false, null, "GlobalState");
    inv.validateProgramAccount(account, true, null, "Permission");
    Permission permission = inv.read(account, Permission.class);
    if (!account
        .key()
        .equals(ServiceabilityPdas.permission(inv.programId(), permission.userPayer()).address())) {
      throw ProgramException.of(BuiltinError.InvalidArgument);
    }
    return new PermissionTarget(cursor, account, globalState, payer, permission);
  }
}
