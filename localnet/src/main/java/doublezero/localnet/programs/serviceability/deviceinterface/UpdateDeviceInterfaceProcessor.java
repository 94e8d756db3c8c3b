package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.device.DeviceDraft;
import doublezero.localnet.programs.serviceability.device.InterfaceRules;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.instruction.UpdateDeviceInterface;
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

/// `UpdateDeviceInterface` (#76, `PROC/device/interface/update.rs`;
/// `serviceability-instructions.md` §3.6, §4.8). Contributor owner (any contributor's) or
/// foundation. Sets any field given, **including any status**; a CYOA or DIA assignment is refused
/// on an Activated physical interface; ip_net needs CYOA, DIA or user_tunnel_endpoint;
/// node_segment_idx is foundation-only and, with OnChainAllocation, moves its reservation in
/// SegmentRoutingIds (present when more than 5 accounts are passed).
///
/// Accounts: Device (W), Contributor, GlobalState, [SegmentRoutingIds], payer (S), system program
/// (unchecked).
public final class UpdateDeviceInterfaceProcessor {
  private UpdateDeviceInterfaceProcessor() {}

  /// Processes one `UpdateDeviceInterface`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InterfaceNotFound` (24), `InvalidLoopbackType`
  ///   (58), `InterfaceHasEdgeAssignment` (83), `InvalidInterfaceIp` (47), `InvalidArgument` (65)
  ///   without the pool, `AllocationFailed` (63), validation errors, panics for misplaced accounts
  public static void process(Invocation inv, UpdateDeviceInterface args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount deviceAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount segmentIds = inv.accountCount() > 5 ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(deviceAccount, "PDA");
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(deviceAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    boolean foundation = gs.foundationAllowlist().contains(payer.key());
    if (!contributor.owner().equals(payer.key()) && !foundation) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Device device = inv.read(deviceAccount, Device.class);
    int idx = DeviceInterfaces.require(inv, device, args.name());
    InterfaceDraft iface = InterfaceDraft.of(device.interfaces().get(idx));
    applyEdge(inv, iface, args);
    args.bandwidth().ifPresent(v -> iface.bandwidth = v);
    args.cir().ifPresent(v -> iface.cir = v);
    args.mtu().ifPresent(v -> iface.mtu = v);
    args.routingMode().ifPresent(v -> iface.routingMode = v);
    args.vlanId().ifPresent(v -> iface.vlanId = v);
    args.userTunnelEndpoint().ifPresent(v -> iface.userTunnelEndpoint = v);
    args.status().ifPresent(v -> iface.status = v);
    if (args.ipNet().isPresent()) {
      if (iface.interfaceCyoa == InterfaceCyoa.NONE
          && iface.interfaceDia == InterfaceDia.NONE
          && !iface.userTunnelEndpoint) {
        throw inv.error(ServiceabilityError.INVALID_INTERFACE_IP);
      }
      iface.ipNet = args.ipNet().get();
    }
    if (args.nodeSegmentIdx().isPresent()) {
      setSegment(inv, gs, foundation, iface, segmentIds, args.nodeSegmentIdx().get());
    }
    if (iface.interfaceCyoa != InterfaceCyoa.NONE && iface.ipNet.equals(NetworkV4.DEFAULT)) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_IP);
    }
    InterfaceV2 updated = iface.build();
    InterfaceRules.validate(inv, updated);
    DeviceDraft draft = DeviceDraft.of(device);
    draft.interfaces.set(idx, updated);
    inv.write(draft.build(), deviceAccount, payer);
  }

  private static void applyEdge(Invocation inv, InterfaceDraft iface, UpdateDeviceInterface args)
      throws ProgramException {
    if (args.loopbackType().isPresent()) {
      if (args.loopbackType().get() == LoopbackType.NONE) {
        throw inv.error(ServiceabilityError.INVALID_LOOPBACK_TYPE);
      }
      iface.loopbackType = args.loopbackType().get();
    }
    boolean linkedPhysical =
        iface.status == InterfaceStatus.ACTIVATED && iface.interfaceType == InterfaceType.PHYSICAL;
    if (args.interfaceCyoa().isPresent()) {
      if (args.interfaceCyoa().get() != InterfaceCyoa.NONE && linkedPhysical) {
        throw inv.error(ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
      }
      iface.interfaceCyoa = args.interfaceCyoa().get();
    }
    if (args.interfaceDia().isPresent()) {
      if (args.interfaceDia().get() != InterfaceDia.NONE && linkedPhysical) {
        throw inv.error(ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
      }
      iface.interfaceDia = args.interfaceDia().get();
    }
  }

  private static void setSegment(
      Invocation inv,
      GlobalState gs,
      boolean foundation,
      InterfaceDraft iface,
      BorrowedAccount segmentIds,
      int value)
      throws ProgramException {
    if (!foundation) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (gs.featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      if (segmentIds == null) {
        throw inv.error(ServiceabilityError.INVALID_ARGUMENT);
      }
      inv.validateProgramAccount(
          segmentIds,
          true,
          DeviceInterfaces.pool(inv, ResourceType.Global.SEGMENT_ROUTING_IDS),
          "SegmentRoutingIds");
      if (iface.nodeSegmentIdx != 0) {
        ResourcePools.deallocateId(inv, segmentIds, iface.nodeSegmentIdx);
      }
      if (value != 0) {
        ResourcePools.allocateSpecificId(inv, segmentIds, value);
      }
    }
    iface.nodeSegmentIdx = value;
  }
}
