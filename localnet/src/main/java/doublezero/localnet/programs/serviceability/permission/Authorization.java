package doublezero.localnet.programs.serviceability.permission;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;
import doublezero.sdk.solana.key.PublicKey;

/// The program's `authorize()` (`SVC/authorize.rs`; `serviceability-instructions.md` §3.14, §6.4):
/// an optional trailing Permission account (the PDA of the payer) grants roles by its flag bits;
/// without it the legacy GlobalState roles apply, unless feature bit 1 `RequirePermissionAccounts`
/// is set, when only a foundation member asking for PERMISSION_ADMIN passes. In v0.12.0 only the
/// five Permission instructions call it.
public final class Authorization {
  private Authorization() {}

  /// Authorizes `payer` for any of the roles in `anyOf` (a mask of [PermissionFlag] bits).
  ///
  /// @param accounts the instruction's account cursor, positioned after the accounts the processor
  ///   reads itself; the next account, if any, is taken as the payer's Permission account
  /// @throws ProgramException `InvalidArgument` (builtin) for a Permission account that is not
  ///   PDA(payer), `NotAllowed` (8) for an empty, non-active or insufficient permission or a legacy
  ///   payer without the role, `InvalidAccountData` for a permission account owned by another
  ///   program or of another type
  public static void authorize(
      Invocation inv, AccountCursor accounts, PublicKey payer, GlobalState globalState, U128 anyOf)
      throws ProgramException {
    if (accounts.hasNext()) {
      BorrowedAccount account = accounts.next();
      if (!account.key().equals(ServiceabilityPdas.permission(inv.programId(), payer).address())) {
        throw ProgramException.of(BuiltinError.InvalidArgument);
      }
      if (account.dataLength() == 0) {
        throw inv.error(ServiceabilityError.NOT_ALLOWED);
      }
      if (!account.owner().equals(inv.programId())) {
        throw ProgramException.of(BuiltinError.InvalidAccountData);
      }
      Permission permission = inv.read(account, Permission.class);
      if (permission.status() != PermissionStatus.ACTIVATED
          || !intersects(permission.permissions(), anyOf)) {
        throw inv.error(ServiceabilityError.NOT_ALLOWED);
      }
      return;
    }
    if (globalState.isFeatureEnabled(FeatureFlag.REQUIRE_PERMISSION_ACCOUNTS)) {
      if (PermissionFlag.PERMISSION_ADMIN.isSet(anyOf)
          && globalState.foundationAllowlist().contains(payer)) {
        return;
      }
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (!legacyAllows(payer, globalState, anyOf)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
  }

  /// `check_legacy_any`: whether one of the roles in `anyOf` is held through GlobalState.
  ///
  /// @return true when some flag in `anyOf` maps to a GlobalState role the payer holds (§3.14
  ///   table)
  public static boolean legacyAllows(PublicKey payer, GlobalState gs, U128 anyOf) {
    boolean fnd = gs.foundationAllowlist().contains(payer);
    boolean act = gs.activatorAuthorityPk().equals(payer);
    boolean sen = gs.sentinelAuthorityPk().equals(payer);
    boolean res = gs.reservationAuthorityPk().equals(payer);
    for (PermissionFlag flag : PermissionFlag.values()) {
      if (!flag.isSet(anyOf)) {
        continue;
      }
      boolean held =
          switch (flag) {
            case FOUNDATION, PERMISSION_ADMIN, INFRA_ADMIN, GLOBALSTATE_ADMIN, CONTRIBUTOR_ADMIN ->
                fnd;
            case QA -> gs.qaAllowlist().contains(payer);
            case ACTIVATOR -> act;
            case SENTINEL -> sen;
            case HEALTH_ORACLE -> gs.healthOraclePk().equals(payer);
            case RESERVATION -> res;
            case USER_ADMIN, NETWORK_ADMIN -> fnd || act;
            case ACCESS_PASS_ADMIN -> fnd || sen || res;
            case TENANT_ADMIN -> fnd || sen;
            case MULTICAST_ADMIN -> fnd || act || sen;
          };
      if (held) {
        return true;
      }
    }
    return false;
  }

  /// @return whether `a & b != 0` over all 128 bits
  static boolean intersects(U128 a, U128 b) {
    return (a.high() & b.high()) != 0 || (a.low() & b.low()) != 0;
  }

  /// @return `(value | add) & !remove`
  static U128 apply(U128 value, U128 add, U128 remove) {
    return new U128(
        (value.high() | add.high()) & ~remove.high(), (value.low() | add.low()) & ~remove.low());
  }

  /// @return whether every bit is 0
  static boolean isZero(U128 v) {
    return v.high() == 0 && v.low() == 0;
  }
}
