package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateSubscribeUser;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;

/// `CreateSubscribeUser` (#59, `PROC/user/create_subscribe.rs`; `serviceability-instructions.md`
/// §3.8). The creation core (with the publisher counter and limit when `publisher` is set), then
/// the user joins the multicast group as publisher and/or subscriber (group Activated, in the
/// pass's allowlists), then the optional atomic allocation and activation. No tenant account.
///
/// Accounts: User, Device (W), MulticastGroup (W), AccessPass (W), GlobalState, [UserTunnelBlock,
/// MulticastPublisherBlock, TunnelIds, DzPrefixBlock×N iff N > 0], payer (S), system program.
public final class CreateSubscribeUserProcessor {
  private CreateSubscribeUserProcessor() {}

  /// Processes one `CreateSubscribeUser` instruction.
  ///
  /// @throws ProgramException the core's errors, `InvalidStatus` (7) for a group that is not
  ///   Activated, `NotAllowed` (8) outside the pass's allowlists, `FeatureNotEnabled` (84),
  ///   `AllocationFailed` (63), the user validation's errors
  public static void process(Invocation inv, CreateSubscribeUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount user = accounts.next();
    BorrowedAccount device = accounts.next();
    BorrowedAccount group = accounts.next();
    BorrowedAccount accessPass = accounts.next();
    BorrowedAccount globalState = accounts.next();
    UserPools pools = UserPools.parse(accounts, args.dzPrefixCount());
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.log("process_create_subscribe_user(" + args + ")");

    UserCreation.Result res =
        UserCreation.run(
            inv,
            new UserCreation.Accounts(user, device, accessPass, globalState, null, payer),
            new UserCreation.Request(
                args.userType(),
                args.cyoaType(),
                args.clientIp(),
                args.tunnelEndpoint(),
                args.publisher()));
    MulticastGroup updatedGroup =
        GroupMembership.subscribe(
            inv, group, res.pass(), res.user(), args.publisher(), args.subscriber());
    AccessPass pass = res.pass();
    if (pools != null) {
      UserAllocation.validateAndAllocate(inv, res.user(), pools, inv.globalState(globalState));
      pass = UserCreation.tryActivate(inv, res.user(), pass);
    }
    UserCreation.createAccount(inv, res, res.user().build(), user, globalState, payer);
    inv.write(updatedGroup, group, payer);
    inv.write(res.device(), device, payer);
    inv.write(pass, accessPass, payer);
  }
}
