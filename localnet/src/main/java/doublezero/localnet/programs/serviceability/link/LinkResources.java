package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;

/// The on-chain allocation of a link's tunnel /31 (DeviceTunnelBlock) and tunnel id (LinkIds)
/// (`PROC/link/resource_onchain_helpers.rs`, and the inline copies in `activate.rs` /
/// `closeaccount.rs`; `serviceability-instructions.md` §6.3, §6.4).
final class LinkResources {
  private LinkResources() {}

  /// `validate_and_allocate_link_resources` (atomic CreateLink): feature flag, the two pools, then
  /// a /31 when `tunnel_net` is the default and an id when `tunnel_id` is 0.
  ///
  /// @throws ProgramException `FeatureNotEnabled` (84) without OnChainAllocation, a panic for a
  ///   misplaced pool, `AllocationFailed` (63) when a pool is full
  static void allocateChecked(
      Invocation inv,
      LinkDraft link,
      BorrowedAccount tunnelBlock,
      BorrowedAccount linkIds,
      GlobalState gs)
      throws ProgramException {
    validatePools(inv, gs, tunnelBlock, linkIds);
    allocate(inv, link, tunnelBlock, linkIds);
  }

  /// `validate_and_deallocate_link_resources` (atomic DeleteLink): feature flag, the two pools,
  /// then frees the link's tunnel net and id (idempotent; a link that never had them frees nothing,
  /// except that id 0 is a real id).
  ///
  /// @throws ProgramException `FeatureNotEnabled` (84), or a panic for a misplaced pool
  static void deallocateChecked(
      Invocation inv,
      LinkDraft link,
      BorrowedAccount tunnelBlock,
      BorrowedAccount linkIds,
      GlobalState gs)
      throws ProgramException {
    validatePools(inv, gs, tunnelBlock, linkIds);
    deallocate(inv, link, tunnelBlock, linkIds);
  }

  /// The pool checks of ActivateLink and CloseAccountLink: asserted, with no feature-flag check.
  ///
  /// @throws ProgramException a panic for a pool that is foreign, read-only, empty or not at its
  ///   PDA
  static void assertPools(Invocation inv, BorrowedAccount tunnelBlock, BorrowedAccount linkIds)
      throws ProgramException {
    assertPool(inv, tunnelBlock, ResourceType.Global.DEVICE_TUNNEL_BLOCK, "DeviceTunnelBlock");
    assertPool(inv, linkIds, ResourceType.Global.LINK_IDS, "LinkIds");
  }

  /// Allocates what the link still lacks: a /31 when `tunnel_net` is the default, an id when
  /// `tunnel_id` is 0.
  ///
  /// @throws ProgramException `AllocationFailed` (63) when a pool is full
  static void allocate(
      Invocation inv, LinkDraft link, BorrowedAccount tunnelBlock, BorrowedAccount linkIds)
      throws ProgramException {
    if (link.tunnelNet.equals(NetworkV4.DEFAULT)) {
      link.tunnelNet = ResourcePools.allocateIp(inv, tunnelBlock, 2);
    }
    if (link.tunnelId == 0) {
      link.tunnelId = ResourcePools.allocateId(inv, linkIds);
    }
  }

  /// Frees the link's tunnel net and id (`deallocate_ip`, `deallocate_id`; results ignored).
  static void deallocate(
      Invocation inv, LinkDraft link, BorrowedAccount tunnelBlock, BorrowedAccount linkIds)
      throws ProgramException {
    ResourcePools.deallocateIp(inv, tunnelBlock, link.tunnelNet);
    ResourcePools.deallocateId(inv, linkIds, link.tunnelId);
  }

  private static void validatePools(
      Invocation inv, GlobalState gs, BorrowedAccount tunnelBlock, BorrowedAccount linkIds)
      throws ProgramException {
    if (!gs.isFeatureEnabled(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
    }
    inv.validateProgramAccount(
        tunnelBlock, true, pda(inv, ResourceType.Global.DEVICE_TUNNEL_BLOCK), "DeviceTunnelBlock");
    inv.validateProgramAccount(linkIds, true, pda(inv, ResourceType.Global.LINK_IDS), "LinkIds");
  }

  private static void assertPool(
      Invocation inv, BorrowedAccount pool, ResourceType type, String label)
      throws ProgramException {
    inv.check(
        pool.owner().equals(inv.programId()),
        "Invalid ResourceExtension Account Owner for " + label);
    inv.check(pool.isWritable(), "ResourceExtension Account for " + label + " is not writable");
    inv.check(pool.dataLength() > 0, "ResourceExtension Account for " + label + " is empty");
    inv.check(pool.key().equals(pda(inv, type)), "Invalid ResourceExtension PDA for " + label);
  }

  private static PublicKey pda(Invocation inv, ResourceType type) {
    return ResourcePools.pda(inv.programId(), type).address();
  }
}
