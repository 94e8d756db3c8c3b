package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;

/// `UpdateMulticastGroup` (#49, `PROC/multicastgroup/update.rs`; `serviceability-instructions.md`
/// §3.9). Foundation only, any status. Each present field is overwritten, the publisher and
/// subscriber counts included (nothing ties them to the users' lists). With
/// `use_onchain_allocation` and a new address, the old /32 is freed in MulticastGroupBlock and the
/// new one taken.
///
/// Accounts: group (W), GlobalState, [MulticastGroupBlock iff `use_onchain_allocation`], payer (S),
/// system.
public final class UpdateMulticastGroupProcessor {
  private UpdateMulticastGroupProcessor() {}

  /// Processes one `UpdateMulticastGroup`.
  ///
  /// @throws ProgramException panics for the account checks, `NotAllowed` (8), `InvalidAccountCode`
  ///   (19), `FeatureNotEnabled` (84), `AllocationFailed` (63) when the new address is taken or
  ///   outside the block, validation errors (51, 50, 34)
  public static void process(Invocation inv, UpdateMulticastGroup args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount block = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    GroupChecks.common(inv, group, globalStateAccount, payer, system);
    GlobalState gs = inv.globalState(globalStateAccount);
    GroupChecks.requireFoundation(inv, gs, payer);
    MulticastGroup mg = inv.read(group, MulticastGroup.class);
    GroupDraft d = new GroupDraft(mg);
    if (args.code().isPresent()) {
      d.code =
          AccountCode.normalize(args.code().get())
              .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE));
    }
    if (args.multicastIp().isPresent()) {
      Ipv4Address ip = args.multicastIp().get();
      if (block != null) {
        GroupChecks.requireOnChainAllocation(inv, gs);
        GroupChecks.validateGroupBlock(inv, block);
        if (!d.multicastIp.isUnspecified()) {
          ResourcePools.deallocateIp(inv, block, new NetworkV4(d.multicastIp, 32));
        }
        ResourcePools.allocateSpecificIp(inv, block, new NetworkV4(ip, 32));
      }
      d.multicastIp = ip;
    }
    args.maxBandwidth().ifPresent(v -> d.maxBandwidth = v);
    args.publisherCount().ifPresent(v -> d.publisherCount = v);
    args.subscriberCount().ifPresent(v -> d.subscriberCount = v);
    inv.write(d.build(), group, payer);
  }
}
