package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Pieces the device processors share: the per-device resource pools they create
/// (`TunnelIds(device, 0)` first, then `DzPrefixBlock(device, i)`), the PDA index bytes, and
/// GlobalState copies.
final class DeviceSupport {
  private DeviceSupport() {}

  /// @return the pool type at position `idx` of a device's resource-account list (0 = TunnelIds,
  ///   then DzPrefixBlock(idx − 1))
  static ResourceType poolAt(PublicKey device, int idx) {
    return idx == 0
        ? new ResourceType.TunnelIds(device, 0)
        : new ResourceType.DzPrefixBlock(device, idx - 1);
  }

  /// Creates each pool of `resources` in order with `create_resource` (`PROC/resource/mod.rs`).
  ///
  /// @throws ProgramException the first pool's failure (panics for misplaced accounts, index out of
  ///   bounds)
  static void createPools(
      Invocation inv,
      List<BorrowedAccount> resources,
      BorrowedAccount device,
      BorrowedAccount globalConfig,
      BorrowedAccount payer)
      throws ProgramException {
    for (int i = 0; i < resources.size(); i++) {
      ResourcePools.create(
          inv, resources.get(i), device, globalConfig, payer, poolAt(device.key(), i));
    }
  }

  /// @return whether `key` is in the foundation allowlist
  static boolean isFoundation(GlobalState gs, PublicKey key) {
    return gs.foundationAllowlist().contains(key);
  }
}
