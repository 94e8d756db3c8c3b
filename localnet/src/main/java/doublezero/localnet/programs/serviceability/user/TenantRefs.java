package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Tenant;

/// The Tenant `reference_count` (u32) the user processors move (`PROC/user/create_core.rs`,
/// `update.rs`, `delete.rs`, `closeaccount.rs`).
final class TenantRefs {
  private TenantRefs() {}

  /// `checked_add(1)`.
  ///
  /// @throws ProgramException `InvalidIndex` (16) on overflow
  static Tenant increment(Invocation inv, Tenant t) throws ProgramException {
    if (t.referenceCount() >= 0xFFFF_FFFFL) {
      throw inv.error(ServiceabilityError.INVALID_INDEX);
    }
    return with(t, t.referenceCount() + 1);
  }

  /// `saturating_sub(1)`.
  static Tenant decrement(Tenant t) {
    return with(t, Math.max(0, t.referenceCount() - 1));
  }

  /// The shared release step of atomic delete and close: the account must be the user's tenant
  /// (panic), program owned (panic) and writable (panic); its reference count drops by one and it
  /// is written.
  ///
  /// @throws ProgramException panics as above, `InvalidAccountData` when it is not a Tenant
  static void release(Invocation inv, BorrowedAccount tenant, UserDraft user, BorrowedAccount payer)
      throws ProgramException {
    inv.check(tenant.key().equals(user.tenantPk), "Tenant account doesn't match user's tenant");
    inv.checkOwnedByProgram(tenant, "Tenant");
    inv.checkWritable(tenant, "Tenant");
    inv.write(decrement(inv.read(tenant, Tenant.class)), tenant, payer);
  }

  private static Tenant with(Tenant t, long count) {
    return new Tenant(
        t.owner(),
        t.bumpSeed(),
        t.code(),
        t.vrfId(),
        count,
        t.administrators(),
        t.paymentStatus(),
        t.tokenAccount(),
        t.metroRouting(),
        t.routeLiveness(),
        t.billing());
  }
}
