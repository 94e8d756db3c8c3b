package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;

/// `AccessPass::update_status` (`STATE/accesspass.rs`; `serviceability-instructions.md` §4.7, §7):
/// Expired when `last_access_epoch < max(epoch, 1)` (unsigned), else Connected with connections,
/// else Requested. Used by CheckStatusAccessPass, CheckUserAccessPass and the user instructions.
public final class AccessPassExpiry {
  private AccessPassExpiry() {}

  /// @param epoch the current epoch
  /// @return the status `update_status` computes
  public static AccessPassStatus status(AccessPass pass, long epoch) {
    long current = epoch == 0 ? 1 : epoch;
    if (Long.compareUnsigned(pass.lastAccessEpoch(), current) < 0) {
      return AccessPassStatus.EXPIRED;
    }
    return pass.connectionCount() > 0 ? AccessPassStatus.CONNECTED : AccessPassStatus.REQUESTED;
  }

  /// @param epoch the current epoch
  /// @return `pass` after `update_status()`
  public static AccessPass updated(AccessPass pass, long epoch) {
    AccessPassDraft d = new AccessPassDraft(pass);
    d.status = status(pass, epoch);
    return d.build();
  }
}
