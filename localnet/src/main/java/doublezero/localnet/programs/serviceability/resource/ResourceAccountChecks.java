package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.GlobalState;

/// Checks shared by AllocateResource and DeallocateResource
/// (`PROC/resource/{allocate,deallocate}.rs`).
final class ResourceAccountChecks {
  private ResourceAccountChecks() {}

  /// Signer, resource and GlobalState owners, system program id, resource writable, then the
  /// foundation check.
  static void prologue(
      Invocation inv,
      BorrowedAccount resource,
      BorrowedAccount globalState,
      BorrowedAccount payer,
      BorrowedAccount system)
      throws ProgramException {
    inv.checkSigner(payer);
    inv.check(resource.owner().equals(inv.programId()), "Invalid Resource Account Owner");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(resource, "PDA");
    GlobalState gs = inv.globalState(globalState);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
  }

  /// For per-device pools the associated account must be the device named in the type.
  static void associated(Invocation inv, BorrowedAccount associated, ResourceType type)
      throws ProgramException {
    switch (type) {
      case ResourceType.DzPrefixBlock d ->
          inv.check(associated.key().equals(d.device()), "Associated account pubkeys do not match");
      case ResourceType.TunnelIds t ->
          inv.check(associated.key().equals(t.device()), "Associated account pubkeys do not match");
      case ResourceType.Global ignored -> {}
    }
  }

  /// The resource account is the pool's PDA.
  static void pda(Invocation inv, BorrowedAccount resource, ResourceType type)
      throws ProgramException {
    inv.check(
        resource.key().equals(ResourcePools.pda(inv.programId(), type).address()),
        "Invalid Resource Account PubKey");
  }

  /// `assert!(!data_is_empty())` and the owner again.
  static void nonEmpty(Invocation inv, BorrowedAccount resource) throws ProgramException {
    inv.check(resource.dataLength() > 0, "assertion failed: !resource_account.data_is_empty()");
    inv.check(resource.owner().equals(inv.programId()), "Invalid Resource Account Owner");
  }
}
