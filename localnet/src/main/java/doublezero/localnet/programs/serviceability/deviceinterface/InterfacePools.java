package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.LoopbackType;

/// Returns a loopback's on-chain allocations to the global pools (Delete/RemoveDeviceInterface):
/// its ip_net to DeviceTunnelBlock and, for Vpnv4, its node_segment_idx to SegmentRoutingIds.
/// Physical interfaces hold none. Deallocation is idempotent, as in the reference.
final class InterfacePools {
  private InterfacePools() {}

  static void release(
      Invocation inv, InterfaceDraft iface, BorrowedAccount tunnelBlock, BorrowedAccount segmentIds)
      throws ProgramException {
    if (iface.interfaceType != InterfaceType.LOOPBACK) {
      return;
    }
    if (!iface.ipNet.equals(NetworkV4.DEFAULT)) {
      ResourcePools.deallocateIp(inv, tunnelBlock, iface.ipNet);
    }
    if (iface.loopbackType == LoopbackType.VPNV4 && iface.nodeSegmentIdx != 0) {
      ResourcePools.deallocateId(inv, segmentIds, iface.nodeSegmentIdx);
    }
  }
}
