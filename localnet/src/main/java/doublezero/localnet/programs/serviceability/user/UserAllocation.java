package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;

/// On-chain allocation of a user's tunnel net, tunnel id and dz_ip from the ResourceExtension
/// pools, and their release (`PROC/user/resource_onchain_helpers.rs`, the inline copies in
/// `activate.rs` and `closeaccount.rs`; `serviceability-instructions.md` §3.8, §6.3).
final class UserAllocation {
  private UserAllocation() {}

  /// `validate_and_allocate_user_resources`: flag check, pool checks (`validate_program_account!`),
  /// then [#allocate].
  ///
  /// @throws ProgramException `FeatureNotEnabled` (84) without OnChainAllocation, panics for a
  ///   misplaced pool, `AllocationFailed` (63) for a full pool
  static void validateAndAllocate(Invocation inv, UserDraft user, UserPools pools, GlobalState gs)
      throws ProgramException {
    requireFlag(inv, gs);
    validate(inv, user, pools, user.isMulticastPublisher());
    allocate(inv, user, pools);
  }

  /// `validate_and_deallocate_user_resources`: flag check, pool checks (the publisher block when
  /// passed), then [#deallocate].
  ///
  /// @throws ProgramException `FeatureNotEnabled` (84), panics for a misplaced pool
  static void validateAndDeallocate(Invocation inv, UserDraft user, UserPools pools, GlobalState gs)
      throws ProgramException {
    requireFlag(inv, gs);
    validate(inv, user, pools, pools.publisherBlock() != null);
    deallocate(inv, user, pools);
  }

  /// @throws ProgramException `FeatureNotEnabled` (84) when OnChainAllocation (bit 0) is off
  static void requireFlag(Invocation inv, GlobalState gs) throws ProgramException {
    if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
    }
  }

  /// `validate_program_account!` on each pool with its PDA (writable, program owned, non-empty).
  ///
  /// @param withPublisherBlock whether the publisher block is checked
  /// @throws ProgramException a panic for the first pool that fails
  static void validate(Invocation inv, UserDraft user, UserPools pools, boolean withPublisherBlock)
      throws ProgramException {
    inv.validateProgramAccount(
        pools.userTunnelBlock(),
        true,
        pda(inv, ResourceType.Global.USER_TUNNEL_BLOCK),
        "UserTunnelBlock");
    if (withPublisherBlock) {
      inv.validateProgramAccount(
          pools.publisherBlock(),
          true,
          pda(inv, ResourceType.Global.MULTICAST_PUBLISHER_BLOCK),
          "MulticastPublisherBlock");
    }
    inv.validateProgramAccount(
        pools.tunnelIds(),
        true,
        pda(inv, new ResourceType.TunnelIds(user.devicePk, 0)),
        "TunnelIds");
    for (int i = 0; i < pools.dzPrefixBlocks().size(); i++) {
      inv.validateProgramAccount(
          pools.dzPrefixBlocks().get(i),
          true,
          pda(inv, new ResourceType.DzPrefixBlock(user.devicePk, i)),
          "DzPrefixBlock[" + i + "]");
    }
  }

  /// The `assert!` form of the pool checks used by ActivateUser and CloseAccountUser: owner,
  /// writable, non-empty, PDA, pool by pool.
  ///
  /// @param withPublisherBlock whether the publisher block is checked
  /// @throws ProgramException a panic for the first check that fails
  static void assertPools(
      Invocation inv, UserDraft user, UserPools pools, boolean withPublisherBlock)
      throws ProgramException {
    assertPool(
        inv,
        pools.userTunnelBlock(),
        pda(inv, ResourceType.Global.USER_TUNNEL_BLOCK),
        "UserTunnelBlock");
    if (withPublisherBlock) {
      assertPool(
          inv,
          pools.publisherBlock(),
          pda(inv, ResourceType.Global.MULTICAST_PUBLISHER_BLOCK),
          "MulticastPublisherBlock");
    }
    assertPool(
        inv,
        pools.tunnelIds(),
        pda(inv, new ResourceType.TunnelIds(user.devicePk, 0)),
        "TunnelIds");
    for (int i = 0; i < pools.dzPrefixBlocks().size(); i++) {
      assertPool(
          inv,
          pools.dzPrefixBlocks().get(i),
          pda(inv, new ResourceType.DzPrefixBlock(user.devicePk, i)),
          "DzPrefixBlock[" + i + "]");
    }
  }

  private static void assertPool(
      Invocation inv, BorrowedAccount pool, PublicKey expected, String label)
      throws ProgramException {
    inv.check(
        pool.owner().equals(inv.programId()),
        "Invalid ResourceExtension Account Owner for " + label);
    inv.check(pool.isWritable(), "ResourceExtension Account for " + label + " is not writable");
    inv.check(pool.dataLength() > 0, "ResourceExtension Account for " + label + " is empty");
    inv.check(pool.key().equals(expected), "Invalid ResourceExtension PDA for " + label);
  }

  /// Fills what is still empty: a /31 tunnel net from UserTunnelBlock, a tunnel id from TunnelIds,
  /// and the dz_ip (a dedicated address for IBRLWithAllocatedIP, EdgeFiltering and Multicast
  /// publishers while dz_ip is 0.0.0.0 or the client IP — publishers from MulticastPublisherBlock,
  /// others from the first DzPrefixBlock with room — else the client IP when unset).
  ///
  /// @throws ProgramException `AllocationFailed` (63) for a full pool
  static void allocate(Invocation inv, UserDraft user, UserPools pools) throws ProgramException {
    if (user.tunnelNet.equals(NetworkV4.DEFAULT)) {
      user.tunnelNet = ResourcePools.allocateIp(inv, pools.userTunnelBlock(), 2);
    }
    if (user.tunnelId == 0) {
      user.tunnelId = ResourcePools.allocateId(inv, pools.tunnelIds());
    }
    boolean needDzIp =
        switch (user.userType) {
          case IBRL_WITH_ALLOCATED_IP, EDGE_FILTERING -> true;
          case IBRL -> false;
          case MULTICAST -> !user.publishers.isEmpty();
        };
    if (needDzIp && (user.dzIp.isUnspecified() || user.dzIp.equals(user.clientIp))) {
      user.dzIp =
          user.userType == UserType.MULTICAST && !user.publishers.isEmpty()
              ? ResourcePools.allocateIp(inv, pools.publisherBlock(), 1).ip()
              : ResourcePools.allocateIpFromFirstAvailable(inv, pools.dzPrefixBlocks());
    } else if (!needDzIp && user.dzIp.isUnspecified()) {
      user.dzIp = user.clientIp;
    }
  }

  /// Frees the tunnel net, the tunnel id and a dedicated dz_ip (publisher block first, then each
  /// DzPrefixBlock); idempotent.
  static void deallocate(Invocation inv, UserDraft user, UserPools pools) throws ProgramException {
    ResourcePools.deallocateIp(inv, pools.userTunnelBlock(), user.tunnelNet);
    ResourcePools.deallocateId(inv, pools.tunnelIds(), user.tunnelId);
    if (!user.dzIp.equals(user.clientIp) && !user.dzIp.isUnspecified()) {
      releaseIp(inv, pools, user.dzIp);
    }
  }

  /// Frees one dedicated address: the publisher block (when passed) first, then the first
  /// DzPrefixBlock holding it.
  static void releaseIp(Invocation inv, UserPools pools, Ipv4Address ip) throws ProgramException {
    NetworkV4 net = new NetworkV4(ip, 32);
    if (pools.publisherBlock() != null
        && ResourcePools.deallocateIp(inv, pools.publisherBlock(), net)) {
      return;
    }
    for (BorrowedAccount block : pools.dzPrefixBlocks()) {
      if (ResourcePools.deallocateIp(inv, block, net)) {
        return;
      }
    }
  }

  private static PublicKey pda(Invocation inv, ResourceType type) {
    return ResourcePools.pda(inv.programId(), type).address();
  }
}
