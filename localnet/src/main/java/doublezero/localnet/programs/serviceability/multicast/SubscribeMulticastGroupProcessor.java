package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.instruction.SubscribeMulticastGroup;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;

/// `SubscribeMulticastGroup` (#58, `PROC/multicastgroup/subscribe.rs`;
/// `serviceability-instructions.md` §3.9). The holder of the user's access pass (PDA(client_ip or
/// 0.0.0.0 with ALLOW_MULTIPLE_IP, **payer**)) toggles the user's membership; the payer is never
/// compared with `user.owner` and `args.client_ip` is unused. Legacy path: when the publisher list
/// turns empty or non-empty the user becomes Updating. On-chain path: the first publisher gets a
/// dz_ip /32 from MulticastPublisherBlock, the last one gives it back (dz_ip = client_ip), the
/// status stays. Device counters are not touched.
///
/// Accounts: group (W), AccessPass, User (W), [GlobalState, MulticastPublisherBlock iff
/// `use_onchain_allocation`], payer (S), system.
public final class SubscribeMulticastGroupProcessor {
  private SubscribeMulticastGroupProcessor() {}

  /// Processes one `SubscribeMulticastGroup`.
  ///
  /// @throws ProgramException `AccessPassNotFound` (53), panics for the account checks and a pass
  ///   at another PDA, `InvalidStatus` (7) for a user neither Activated nor Updating or a group not
  ///   Activated, `Unauthorized` (22) for a pass bound to another IP, `NotAllowed` (8) outside the
  ///   allowlist, `FeatureNotEnabled` (84), `AllocationFailed` (63)
  public static void process(Invocation inv, SubscribeMulticastGroup args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount globalStateAccount = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount block = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(group, "PDA");
    if (passAccount.dataLength() == 0) {
      throw inv.error(ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    }
    inv.checkOwnedByProgram(passAccount, "Accesspass");
    inv.checkOwnedByProgram(userAccount, "PDA");
    inv.checkSystemProgram(system);
    inv.check(group.isWritable(), "multicastgroup account is not writable");
    inv.check(userAccount.isWritable(), "user account is not writable");

    User user = inv.read(userAccount, User.class);
    if (user.status() != UserStatus.ACTIVATED && user.status() != UserStatus.UPDATING) {
      inv.log("UserStatus: " + user.status().variantName());
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    AccessPass pass = inv.read(passAccount, AccessPass.class);
    Ipv4Address seedIp = pass.allowsMultipleIp() ? Ipv4Address.UNSPECIFIED : user.clientIp();
    inv.check(
        passAccount
            .key()
            .equals(ServiceabilityPdas.accessPass(inv.programId(), seedIp, payer.key()).address()),
        "Invalid AccessPass PDA");
    if (!pass.allowsMultipleIp() && !pass.clientIp().equals(user.clientIp())) {
      inv.log(
          "AccessPass client_ip does not match. accesspass.client_ip: "
              + pass.clientIp()
              + " user.client_ip: "
              + user.clientIp());
      throw inv.error(ServiceabilityError.UNAUTHORIZED);
    }
    Subscriptions.Result r =
        Subscriptions.toggle(inv, group, pass, user, args.publisher(), args.subscriber());
    UserStatus status = user.status();
    Ipv4Address dzIp = user.dzIp();
    if (globalStateAccount != null) {
      dzIp =
          onChain(
              inv, globalStateAccount, block, user, r.publisherTransitioned(), args.publisher());
    } else if (r.publisherTransitioned()) {
      status = UserStatus.UPDATING;
    }
    inv.write(r.group(), group, payer);
    inv.write(
        StateEdits.withMulticast(user, r.publishers(), r.subscribers(), status, dzIp),
        userAccount,
        payer);
  }

  /// The on-chain path: returns the user's dz_ip after allocating or freeing the publisher address.
  private static Ipv4Address onChain(
      Invocation inv,
      BorrowedAccount globalStateAccount,
      BorrowedAccount block,
      User user,
      boolean transitioned,
      boolean publisher)
      throws ProgramException {
    GlobalState gs = inv.globalState(globalStateAccount);
    GroupChecks.requireOnChainAllocation(inv, gs);
    inv.check(
        globalStateAccount.key().equals(ServiceabilityPdas.globalState(inv.programId()).address()),
        "Invalid GlobalState PDA");
    Ipv4Address dzIp = user.dzIp();
    boolean dedicated = !dzIp.isUnspecified() && !dzIp.equals(user.clientIp());
    if (transitioned && publisher && !dedicated) {
      validatePublisherBlock(inv, block);
      return ResourcePools.allocateIp(inv, block, 1).ip();
    }
    if (transitioned && !publisher && dedicated) {
      validatePublisherBlock(inv, block);
      ResourcePools.deallocateIp(inv, block, new NetworkV4(dzIp, 32));
      return user.clientIp();
    }
    return dzIp;
  }

  private static void validatePublisherBlock(Invocation inv, BorrowedAccount block)
      throws ProgramException {
    inv.validateProgramAccount(
        block,
        true,
        GroupChecks.pool(inv, ResourceType.Global.MULTICAST_PUBLISHER_BLOCK),
        "MulticastPublisherBlock");
  }
}
