package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeactivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `DeactivateMulticastGroup` (#53, `PROC/multicastgroup/closeaccount.rs`;
/// `serviceability-instructions.md` §3.9): the close step after a legacy delete. Activator only (a
/// foundation member that is not the activator gets 8). The group must be Deleting (7, not the raw
/// `Custom(1)` of the other close steps); its lamports all go to the owner account, which must be
/// the group's owner. With `use_onchain_deallocation` the /32 is freed in MulticastGroupBlock
/// (asserted, no feature-flag check).
///
/// Accounts: group (W), owner (W), GlobalState, [MulticastGroupBlock iff
/// `use_onchain_deallocation`], payer (S), system.
public final class DeactivateMulticastGroupProcessor {
  private DeactivateMulticastGroupProcessor() {}

  /// Processes one `DeactivateMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidAccountData`
  ///   for another owner, `InvalidStatus` (7)
  public static void process(Invocation inv, DeactivateMulticastGroup args)
      throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount owner = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount block = args.useOnchainDeallocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    GroupChecks.common(inv, group, globalStateAccount, payer, system);
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    MulticastGroup mg = inv.read(group, MulticastGroup.class);
    if (!mg.owner().equals(owner.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (mg.status() != MulticastGroupStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (block != null) {
      inv.check(
          block.owner().equals(inv.programId()),
          "Invalid ResourceExtension Account Owner for MulticastGroupBlock");
      inv.check(
          block.isWritable(), "ResourceExtension Account for MulticastGroupBlock is not writable");
      inv.check(
          block.dataLength() != 0, "ResourceExtension Account for MulticastGroupBlock is empty");
      inv.check(
          block.key().equals(GroupChecks.pool(inv, ResourceType.Global.MULTICAST_GROUP_BLOCK)),
          "Invalid ResourceExtension PDA for MulticastGroupBlock");
      ResourcePools.deallocateIp(inv, block, new NetworkV4(mg.multicastIp(), 32));
    }
    inv.close(group, owner);
  }
}
