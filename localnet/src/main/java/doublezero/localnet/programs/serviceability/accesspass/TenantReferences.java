package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.key.PublicKey;

/// The tenant reference counting of SetAccessPass (`PROC/accesspass/set.rs`): the removed tenant
/// loses one (saturating), the added tenant gains one and requires the payer among its
/// administrators. The default key means "no tenant" and is skipped.
final class TenantReferences {
  private TenantReferences() {}

  static void release(Invocation inv, BorrowedAccount account, BorrowedAccount payer)
      throws ProgramException {
    if (account == null || account.key().equals(PublicKey.DEFAULT)) {
      return;
    }
    inv.checkOwnedByProgram(account, "Tenant Remove");
    inv.checkWritable(account, "Tenant Remove");
    Tenant t = inv.read(account, Tenant.class);
    inv.write(withCount(t, Math.max(0, t.referenceCount() - 1)), account, payer);
  }

  static void acquire(Invocation inv, BorrowedAccount account, BorrowedAccount payer)
      throws ProgramException {
    if (account == null || account.key().equals(PublicKey.DEFAULT)) {
      return;
    }
    inv.checkOwnedByProgram(account, "Tenant Add");
    inv.checkWritable(account, "Tenant Add");
    Tenant t = inv.read(account, Tenant.class);
    if (!t.administrators().contains(payer.key())) {
      inv.log("Payer " + payer.key() + " is not an administrator of tenant " + account.key());
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    if (t.referenceCount() == 0xFFFF_FFFFL) {
      throw inv.error(ServiceabilityError.INVALID_INDEX);
    }
    inv.write(withCount(t, t.referenceCount() + 1), account, payer);
  }

  private static Tenant withCount(Tenant t, long count) {
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
