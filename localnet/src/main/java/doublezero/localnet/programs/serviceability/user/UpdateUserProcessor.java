package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// `UpdateUser` (#39, `PROC/user/update.rs`; `serviceability-instructions.md` §3.8). Foundation
/// only. Legacy path: dz_ip, tunnel_id and tunnel_net are overwritten when given. With
/// `dz_prefix_count > 0` (flag required) the old values are freed and the new ones claimed in the
/// pools. user_type, cyoa_type and validator_pubkey are always applied (a type change does not move
/// the account); a tenant change moves the tenants' reference counts when both tenant accounts are
/// passed. No status check, no system-program check.
///
/// Accounts: User (W), GlobalState, [UserTunnelBlock, MulticastPublisherBlock iff
/// `multicast_publisher_count > 0`, TunnelIds, DzPrefixBlock×N iff N > 0], [old Tenant, new Tenant
/// iff at least 4 accounts remain], payer (S), system program.
public final class UpdateUserProcessor {
  private UpdateUserProcessor() {}

  /// Processes one `UpdateUser` instruction.
  ///
  /// @throws ProgramException `NotAllowed` (8), `FeatureNotEnabled` (84), `AllocationFailed` (63),
  ///   `InvalidIndex` (16) on tenant overflow, the user validation's errors; panics for signer,
  ///   owner, writability, PDA and tenant-account mismatches, and for fewer than two trailing
  ///   accounts
  public static void process(Invocation inv, UpdateUser args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount userAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    UserPools pools =
        UserPools.parse(accounts, args.dzPrefixCount(), args.multicastPublisherCount());
    List<BorrowedAccount> rest = new ArrayList<>();
    while (accounts.hasNext()) {
      rest.add(accounts.next());
    }
    boolean tenants = rest.size() >= 4;
    inv.check(
        rest.size() >= 2,
        "index out of bounds: the len is " + rest.size() + " but the index is " + rest.size());
    BorrowedAccount oldTenant = tenants ? rest.get(0) : null;
    BorrowedAccount newTenant = tenants ? rest.get(1) : null;
    BorrowedAccount payer = rest.get(tenants ? 2 : 0);

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(userAccount, "PDA");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(userAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    UserDraft user = UserDraft.of(inv.read(userAccount, User.class));
    if (pools != null) {
      UserAllocation.requireFlag(inv, gs);
      UserAllocation.validate(inv, user, pools, pools.publisherBlock() != null);
      reallocate(inv, user, pools, args);
    } else {
      args.dzIp().ifPresent(v -> user.dzIp = v);
      args.tunnelId().ifPresent(v -> user.tunnelId = v);
      args.tunnelNet().ifPresent(v -> user.tunnelNet = v);
    }
    args.userType().ifPresent(v -> user.userType = v);
    args.cyoaType().ifPresent(v -> user.cyoaType = v);
    args.validatorPubkey().ifPresent(v -> user.validatorPubkey = v);
    if (args.tenantPk().isPresent()) {
      if (tenants) {
        moveTenant(inv, user, oldTenant, newTenant, args.tenantPk().get(), payer);
      }
      user.tenantPk = args.tenantPk().get();
    }
    inv.write(user.build(), userAccount, payer);
  }

  private static void reallocate(Invocation inv, UserDraft user, UserPools pools, UpdateUser args)
      throws ProgramException {
    if (args.tunnelId().isPresent()) {
      int id = args.tunnelId().get();
      if (user.tunnelId != 0) {
        ResourcePools.deallocateId(inv, pools.tunnelIds(), user.tunnelId);
      }
      if (id != 0) {
        ResourcePools.allocateSpecificId(inv, pools.tunnelIds(), id);
      }
      user.tunnelId = id;
    }
    if (args.tunnelNet().isPresent()) {
      NetworkV4 net = args.tunnelNet().get();
      if (!user.tunnelNet.equals(NetworkV4.DEFAULT)) {
        ResourcePools.deallocateIp(inv, pools.userTunnelBlock(), user.tunnelNet);
      }
      if (!net.equals(NetworkV4.DEFAULT)) {
        ResourcePools.allocateSpecificIp(inv, pools.userTunnelBlock(), net);
      }
      user.tunnelNet = net;
    }
    if (args.dzIp().isPresent()) {
      Ipv4Address ip = args.dzIp().get();
      if (!user.dzIp.equals(user.clientIp) && !user.dzIp.isUnspecified()) {
        UserAllocation.releaseIp(inv, pools, user.dzIp);
      }
      if (!ip.isUnspecified() && !ip.equals(user.clientIp)) {
        claimIp(inv, pools, ip);
      }
      user.dzIp = ip;
    }
  }

  private static void claimIp(Invocation inv, UserPools pools, Ipv4Address ip)
      throws ProgramException {
    NetworkV4 net = new NetworkV4(ip, 32);
    if (pools.publisherBlock() != null && tryClaim(inv, pools.publisherBlock(), net)) {
      return;
    }
    for (BorrowedAccount block : pools.dzPrefixBlocks()) {
      if (tryClaim(inv, block, net)) {
        return;
      }
    }
    throw inv.error(ServiceabilityError.ALLOCATION_FAILED);
  }

  private static boolean tryClaim(Invocation inv, BorrowedAccount pool, NetworkV4 net) {
    try {
      ResourcePools.allocateSpecificIp(inv, pool, net);
      return true;
    } catch (ProgramException e) {
      return false;
    }
  }

  private static void moveTenant(
      Invocation inv,
      UserDraft user,
      BorrowedAccount oldTenant,
      BorrowedAccount newTenant,
      PublicKey newKey,
      BorrowedAccount payer)
      throws ProgramException {
    inv.check(
        oldTenant.key().equals(user.tenantPk),
        "Old tenant account doesn't match current user tenant");
    inv.check(newTenant.key().equals(newKey), "New tenant account doesn't match requested tenant");
    inv.checkOwnedByProgram(oldTenant, "Old Tenant");
    inv.checkOwnedByProgram(newTenant, "New Tenant");
    inv.checkWritable(oldTenant, "Old Tenant");
    inv.checkWritable(newTenant, "New Tenant");
    Tenant older = TenantRefs.decrement(inv.read(oldTenant, Tenant.class));
    Tenant newer = TenantRefs.increment(inv, inv.read(newTenant, Tenant.class));
    inv.write(older, oldTenant, payer);
    inv.write(newer, newTenant, payer);
  }
}
