package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// Pieces the interface processors share: `Device::find_interface` (ASCII case-insensitive, first
/// match), the global pool checks, and the account lookups.
final class DeviceInterfaces {
  private DeviceInterfaces() {}

  /// @return the index of the first interface named `name` ignoring ASCII case, or −1
  static int find(Device device, String name) {
    List<Interface> list = device.interfaces();
    for (int i = 0; i < list.size(); i++) {
      if (asciiEqualsIgnoreCase(list.get(i).toCurrentVersion().name(), name)) {
        return i;
      }
    }
    return -1;
  }

  /// @return the index of `name`
  /// @throws ProgramException `InterfaceNotFound` (24)
  static int require(Invocation inv, Device device, String name) throws ProgramException {
    int idx = find(device, name);
    if (idx < 0) {
      throw inv.error(ServiceabilityError.INTERFACE_NOT_FOUND);
    }
    return idx;
  }

  /// @return the PDA of a global pool
  static PublicKey pool(Invocation inv, ResourceType.Global type) {
    return ResourcePools.pda(inv.programId(), type).address();
  }

  /// The activator processors' checks of the optional DeviceTunnelBlock and SegmentRoutingIds
  /// accounts (Activate/RemoveDeviceInterface): owner, PDA, non-empty, writable, each an `assert!`.
  ///
  /// @throws ProgramException a panic when a check fails
  static void checkActivatorPools(
      Invocation inv, BorrowedAccount tunnelBlock, BorrowedAccount segmentIds)
      throws ProgramException {
    inv.check(tunnelBlock.owner().equals(inv.programId()), "Link IPs account has incorrect owner");
    inv.check(
        tunnelBlock.key().equals(pool(inv, ResourceType.Global.DEVICE_TUNNEL_BLOCK)),
        "Link IPs account has incorrect PDA");
    inv.check(tunnelBlock.dataLength() > 0, "Link IPs account is empty");
    inv.check(tunnelBlock.isWritable(), "Link IPs account must be writable");
    inv.check(
        segmentIds.owner().equals(inv.programId()),
        "Segment Routing IDs account has incorrect owner");
    inv.check(
        segmentIds.key().equals(pool(inv, ResourceType.Global.SEGMENT_ROUTING_IDS)),
        "Segment Routing IDs account has incorrect PDA");
    inv.check(segmentIds.dataLength() > 0, "Segment Routing IDs account is empty");
    inv.check(segmentIds.isWritable(), "Segment Routing IDs account must be writable");
  }

  /// `validate_program_account!` for the two global pools of the contributor processors
  /// (Create/Delete).
  ///
  /// @throws ProgramException a panic when a check fails
  static void validatePools(Invocation inv, BorrowedAccount tunnelBlock, BorrowedAccount segmentIds)
      throws ProgramException {
    inv.validateProgramAccount(
        tunnelBlock, true, pool(inv, ResourceType.Global.DEVICE_TUNNEL_BLOCK), "DeviceTunnelBlock");
    inv.validateProgramAccount(
        segmentIds, true, pool(inv, ResourceType.Global.SEGMENT_ROUTING_IDS), "SegmentRoutingIds");
  }

  private static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (lower(x) != lower(y)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
