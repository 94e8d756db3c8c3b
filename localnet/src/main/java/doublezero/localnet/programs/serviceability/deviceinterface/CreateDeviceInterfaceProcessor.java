package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.programs.serviceability.device.InterfaceNames;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;

/// `CreateDeviceInterface` (#73, `PROC/device/interface/create.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Contributor owner (any contributor's: not matched
/// against the device) or foundation; the device's status is not checked. Legacy: the interface is
/// added Pending. With `use_onchain_allocation` (feature flag OnChainAllocation): a loopback gets a
/// /32 from DeviceTunnelBlock (and a Vpnv4 one a segment-routing id) and is Activated; a physical
/// interface is Unlinked.
///
/// Accounts: Device (W), Contributor, GlobalState, [DeviceTunnelBlock, SegmentRoutingIds], payer
/// (S), system program (unchecked).
public final class CreateDeviceInterfaceProcessor {
  private CreateDeviceInterfaceProcessor() {}

  /// Processes one `CreateDeviceInterface`.
  ///
  /// @throws ProgramException `InvalidInterfaceName` (12), `InvalidOwnerPubkey` (1),
  ///   `CyoaRequiresPhysical` (69), `InvalidInterfaceIp` (47), `InterfaceAlreadyExists` (56),
  ///   `FeatureNotEnabled` (84), `AllocationFailed` (63), validation errors, panics for misplaced
  ///   accounts
  public static void process(Invocation inv, CreateDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = null;
    BorrowedAccount segmentIds = null;
    if (args.useOnchainAllocation()) {
      tunnelBlock = accounts.next();
      segmentIds = accounts.next();
    }
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    String name =
        InterfaceNames.normalize(inv, args.name())
            .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_INTERFACE_NAME));
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(deviceAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    InterfaceType type =
        name.startsWith("Loopback") ? InterfaceType.LOOPBACK : InterfaceType.PHYSICAL;
    if (args.interfaceCyoa() != InterfaceCyoa.NONE && type != InterfaceType.PHYSICAL) {
      throw inv.error(ServiceabilityError.CYOA_REQUIRES_PHYSICAL);
    }
    if (args.ipNet().isPresent()
        && args.interfaceCyoa() == InterfaceCyoa.NONE
        && args.interfaceDia() == InterfaceDia.NONE
        && !args.userTunnelEndpoint()) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_IP);
    }
    if (args.interfaceCyoa() != InterfaceCyoa.NONE && args.ipNet().isEmpty()) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_IP);
    }
    Device device = inv.read(deviceAccount, Device.class);
    if (DeviceInterfaces.find(device, name) >= 0) {
      throw inv.error(ServiceabilityError.INTERFACE_ALREADY_EXISTS);
    }
    InterfaceStatus status = InterfaceStatus.PENDING;
    NetworkV4 ipNet = args.ipNet().orElse(NetworkV4.DEFAULT);
    int segment = 0;
    if (tunnelBlock != null) {
      if (!gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
        throw inv.error(ServiceabilityError.FEATURE_NOT_ENABLED);
      }
      DeviceInterfaces.validatePools(inv, tunnelBlock, segmentIds);
      if (type == InterfaceType.LOOPBACK) {
        ipNet = ResourcePools.allocateIp(inv, tunnelBlock, 1);
        if (args.loopbackType() == LoopbackType.VPNV4) {
          segment = ResourcePools.allocateId(inv, segmentIds);
        }
        status = InterfaceStatus.ACTIVATED;
      } else {
        status = InterfaceStatus.UNLINKED;
      }
    }
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.add(
        new InterfaceV2(
            status,
            name,
            type,
            args.interfaceCyoa(),
            args.interfaceDia(),
            args.loopbackType(),
            args.bandwidth(),
            args.cir(),
            args.mtu(),
            args.routingMode(),
            args.vlanId(),
            ipNet,
            segment,
            args.userTunnelEndpoint()));
    inv.write(draft.build(), deviceAccount, payer);
  }
}
