package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;

/// Checks the multicast-group processors repeat, with the reference's panic messages.
final class GroupChecks {
  private GroupChecks() {}

  /// The opening asserts of Reject/Suspend/Reactivate/Update/Delete/Deactivate: payer signs, group
  /// and GlobalState owned by the program, system program id, group writable.
  ///
  /// @throws ProgramException a panic for the first check that fails
  static void common(
      Invocation inv,
      BorrowedAccount group,
      BorrowedAccount globalState,
      BorrowedAccount payer,
      BorrowedAccount system)
      throws ProgramException {
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(group, "PDA");
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(group.isWritable(), "PDA Account is not writable");
  }

  /// @throws ProgramException `NotAllowed` (8) when `payer` is not in the foundation allowlist
  static void requireFoundation(Invocation inv, GlobalState gs, BorrowedAccount payer)
      throws ProgramException {
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
  }

  /// `is_feature_enabled(feature_flags, OnChainAllocation)`.
  ///
  /// @throws ProgramException `FeatureNotEnabled` (84) when bit 0 is clear
  static void requireOnChainAllocation(Invocation inv, GlobalState gs) throws ProgramException {
    if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
    }
  }

  /// `validate_program_account!(block, writable = true, pda = MulticastGroupBlock)`.
  ///
  /// @throws ProgramException a panic for another owner, empty data, a read-only account or another
  ///   address
  static void validateGroupBlock(Invocation inv, BorrowedAccount block) throws ProgramException {
    inv.validateProgramAccount(
        block, true, pool(inv, ResourceType.Global.MULTICAST_GROUP_BLOCK), "MulticastGroupBlock");
  }

  /// @return the PDA of a global pool
  static PublicKey pool(Invocation inv, ResourceType type) {
    return ResourcePools.pda(inv.programId(), type).address();
  }
}
