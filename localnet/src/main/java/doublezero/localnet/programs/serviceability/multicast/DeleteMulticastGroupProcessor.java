package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteMulticastGroup;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `DeleteMulticastGroup` (#52, `PROC/multicastgroup/delete.rs`; `serviceability-instructions.md`
/// §3.9, §4.4). Foundation only; any status but Deleting, and both counts 0. Legacy: the group
/// becomes Deleting (the activator then closes it with DeactivateMulticastGroup). With
/// `use_onchain_deallocation`: its /32 goes back to MulticastGroupBlock (idempotent) and the
/// account is closed, every lamport to the group's owner.
///
/// Accounts: group (W), GlobalState, [MulticastGroupBlock, owner iff `use_onchain_deallocation`],
/// payer (S), system.
public final class DeleteMulticastGroupProcessor {
  private DeleteMulticastGroupProcessor() {}

  /// Processes one `DeleteMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7)
  ///   when already Deleting, `MulticastGroupNotEmpty` (71), `FeatureNotEnabled` (84),
  ///   `InvalidAccountData` when the owner account is not the group's owner
  public static void process(Invocation inv, DeleteMulticastGroup args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount block = args.useOnchainDeallocation() ? accounts.next() : null;
    BorrowedAccount owner = args.useOnchainDeallocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    GroupChecks.common(inv, group, globalStateAccount, payer, system);
    GlobalState gs = inv.globalState(globalStateAccount);
    GroupChecks.requireFoundation(inv, gs, payer);
    MulticastGroup mg = inv.read(group, MulticastGroup.class);
    if (mg.status() == MulticastGroupStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (mg.publisherCount() != 0 || mg.subscriberCount() != 0) {
      throw inv.error(ServiceabilityError.MULTICAST_GROUP_NOT_EMPTY);
    }
    if (block == null) {
      inv.write(GroupDraft.withStatus(mg, MulticastGroupStatus.DELETING), group, payer);
      return;
    }
    GroupChecks.requireOnChainAllocation(inv, gs);
    GroupChecks.validateGroupBlock(inv, block);
    if (!mg.owner().equals(owner.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    ResourcePools.deallocateIp(inv, block, new NetworkV4(mg.multicastIp(), 32));
    inv.close(group, owner);
  }
}
