package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;

/// `ActivateMulticastGroup` (#47, `PROC/multicastgroup/activate.rs`;
/// `serviceability-instructions.md` §3.9). Activator or foundation; Pending → Activated. The
/// MulticastGroupBlock account is taken **iff exactly five accounts are passed** (no feature-flag
/// check): a /32 is then allocated when the address is still 0.0.0.0; otherwise the argument's
/// address is stored. The system-program account is read but not checked.
///
/// Accounts: group (W), GlobalState, [MulticastGroupBlock], payer (S), system.
public final class ActivateMulticastGroupProcessor {
  private ActivateMulticastGroupProcessor() {}

  /// Processes one `ActivateMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidStatus` (7),
  ///   `AllocationFailed` (63), `InvalidMulticastIp` (51) when the stored address is not multicast
  public static void process(Invocation inv, ActivateMulticastGroup args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount block = inv.accountCount() == 5 ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    accounts.next(); // the system program, unchecked

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(group, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.check(group.isWritable(), "PDA Account is not writable");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    MulticastGroup mg = inv.read(group, MulticastGroup.class);
    if (mg.status() != MulticastGroupStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    GroupDraft d = new GroupDraft(mg);
    if (block != null) {
      inv.checkOwnedByProgram(block, "ResourceExtension");
      inv.check(block.isWritable(), "ResourceExtension Account is not writable");
      inv.check(block.dataLength() != 0, "ResourceExtension Account is empty");
      inv.check(
          block.key().equals(GroupChecks.pool(inv, ResourceType.Global.MULTICAST_GROUP_BLOCK)),
          "Invalid ResourceExtension PDA for MulticastGroupBlock");
      if (d.multicastIp.isUnspecified()) {
        d.multicastIp = ResourcePools.allocateIp(inv, block, 1).ip();
      }
    } else {
      d.multicastIp = args.multicastIp();
    }
    d.status = MulticastGroupStatus.ACTIVATED;
    inv.write(d.build(), group, payer);
    inv.log("Activated: " + d.code);
  }
}
