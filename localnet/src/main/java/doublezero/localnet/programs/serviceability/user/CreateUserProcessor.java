package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.User;

/// `CreateUser` (#36, `PROC/user/create.rs`; `serviceability-instructions.md` §3.8). The
/// access-pass holder creates a Pending user; with `dz_prefix_count = N > 0` the program also
/// allocates its resources and activates it in the same instruction (flag OnChainAllocation
/// required).
///
/// Accounts: User PDA (V2, or legacy V1 index PDA), Device (W), AccessPass (W), GlobalState,
/// [UserTunnelBlock, MulticastPublisherBlock, TunnelIds(device, 0), DzPrefixBlock(device, 0..N-1)
/// iff N > 0], Tenant (W) iff `accounts.len() >= 7 + (N > 0 ? 3 + N : 0)`, payer (S), system
/// program.
public final class CreateUserProcessor {
  private CreateUserProcessor() {}

  /// Processes one `CreateUser` instruction.
  ///
  /// @throws ProgramException the core's errors ([UserCreation#run]), `FeatureNotEnabled` (84) or
  ///   `AllocationFailed` (63) on the atomic path, the user validation's errors,
  ///   `NotEnoughAccountKeys`
  public static void process(Invocation inv, CreateUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount user = accounts.next();
    BorrowedAccount device = accounts.next();
    BorrowedAccount accessPass = accounts.next();
    BorrowedAccount globalState = accounts.next();
    UserPools pools = UserPools.parse(accounts, args.dzPrefixCount());
    int poolAccounts = args.dzPrefixCount() > 0 ? 3 + args.dzPrefixCount() : 0;
    BorrowedAccount tenant = inv.accountCount() >= 7 + poolAccounts ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    accounts.next();
    inv.log("process_create_user(" + args + ")");

    UserCreation.Result res =
        UserCreation.run(
            inv,
            new UserCreation.Accounts(user, device, accessPass, globalState, tenant, payer),
            new UserCreation.Request(
                args.userType(), args.cyoaType(), args.clientIp(), args.tunnelEndpoint(), false));
    AccessPass pass = res.pass();
    if (pools != null) {
      UserAllocation.validateAndAllocate(inv, res.user(), pools, inv.globalState(globalState));
      pass = UserCreation.tryActivate(inv, res.user(), pass);
    }
    User created = res.user().build();
    UserCreation.createAccount(inv, res, created, user, globalState, payer);
    inv.write(res.device(), device, payer);
    inv.write(pass, accessPass, payer);
  }
}
