package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;

/// `impl Validate for Interface` (`STATE/interface.rs`; `serviceability-instructions.md` §3.6), run
/// for every interface each time a device is written. Deleting interfaces are not checked.
public final class InterfaceRules {
  private InterfaceRules() {}

  /// Checks one interface, in the reference's order: name, VLAN, CYOA on a physical interface, then
  /// the address class of a non-edge interface.
  ///
  /// @throws ProgramException `InvalidInterfaceName` (12), `InvalidVlanId` (49),
  ///   `CyoaRequiresPhysical` (69), `InvalidInterfaceIp` (47), or a panic from the name check
  public static void validate(Invocation inv, Interface value) throws ProgramException {
    InterfaceV2 i = value.toCurrentVersion();
    if (i.status() == InterfaceStatus.DELETING) {
      return;
    }
    if (InterfaceNames.normalize(inv, i.name()).isEmpty()) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_NAME);
    }
    if (i.vlanId() > 4094) {
      throw inv.error(ServiceabilityError.INVALID_VLAN_ID);
    }
    if (i.interfaceCyoa() != InterfaceCyoa.NONE && i.interfaceType() != InterfaceType.PHYSICAL) {
      throw inv.error(ServiceabilityError.CYOA_REQUIRES_PHYSICAL);
    }
    if (!i.ipNet().equals(NetworkV4.DEFAULT)
        && i.interfaceCyoa() == InterfaceCyoa.NONE
        && i.interfaceDia() == InterfaceDia.NONE
        && !Ipv4Scope.isPrivate(i.ipNet().ip())
        && !Ipv4Scope.isLinkLocal(i.ipNet().ip())
        && !(i.interfaceType() == InterfaceType.LOOPBACK && i.userTunnelEndpoint())) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_IP);
    }
  }
}
