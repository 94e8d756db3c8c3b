package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;

/// The VrfIds ResourceExtension checks of CreateTenant and DeleteTenant
/// (`PROC/tenant/{create,delete}.rs`): program-owned, writable, not empty, at the VrfIds PDA; each
/// a panic.
final class VrfIdsAccount {
  private VrfIdsAccount() {}

  static void check(Invocation inv, BorrowedAccount vrfIds) throws ProgramException {
    inv.check(
        vrfIds.owner().equals(inv.programId()),
        "Invalid ResourceExtension Account Owner for VrfIds");
    inv.check(vrfIds.isWritable(), "ResourceExtension Account for VrfIds is not writable");
    inv.check(vrfIds.dataLength() > 0, "ResourceExtension Account for VrfIds is empty");
    inv.check(
        vrfIds.key().equals(ServiceabilityPdas.vrfIds(inv.programId()).address()),
        "Invalid ResourceExtension PDA for VrfIds");
  }
}
