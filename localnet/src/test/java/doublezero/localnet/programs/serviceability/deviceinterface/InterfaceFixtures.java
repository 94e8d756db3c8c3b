package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.*;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Optional;

/// Instruction builders for the device-interface suites (SDK account layouts,
/// `SDK/device/interface/*`).
final class InterfaceFixtures {
  private final ProgramHarness h;

  InterfaceFixtures(ProgramHarness h) {
    this.h = h;
  }

  Optional<InterfaceAllocationAccounts> pools(boolean on) {
    return on
        ? Optional.of(
            new InterfaceAllocationAccounts(
                ServiceabilityPdas.deviceTunnelBlock(h.programId).address(),
                ServiceabilityPdas.segmentRoutingIds(h.programId).address()))
        : Optional.empty();
  }

  static CreateDeviceInterface args(
      String name, LoopbackType lt, Optional<NetworkV4> ip, InterfaceCyoa cyoa, boolean onchain) {
    return new CreateDeviceInterface(
        name,
        lt,
        0,
        ip,
        false,
        cyoa,
        InterfaceDia.NONE,
        1000,
        500,
        9000,
        RoutingMode.STATIC,
        onchain);
  }

  Instruction create(
      PublicKey device, PublicKey contributor, CreateDeviceInterface args, PublicKey payer) {
    return args.toInstruction(
        h.programId,
        new DeviceContributorInterfaceAccounts(
            device, contributor, h.globalState(), pools(args.useOnchainAllocation()), payer));
  }

  Instruction physical(PublicKey device, PublicKey contributor, String name, PublicKey payer) {
    return create(
        device,
        contributor,
        args(name, LoopbackType.NONE, Optional.empty(), InterfaceCyoa.NONE, false),
        payer);
  }

  Instruction activate(
      PublicKey device, String name, NetworkV4 ip, int seg, boolean withPools, PublicKey payer) {
    return new ActivateDeviceInterface(name, ip, seg)
        .toInstruction(
            h.programId,
            new DeviceInterfaceAccounts(device, h.globalState(), pools(withPools), payer));
  }

  Instruction reject(PublicKey device, String name, PublicKey payer) {
    return new RejectDeviceInterface(name)
        .toInstruction(h.programId, new DeviceAccounts(device, h.globalState(), payer));
  }

  Instruction unlink(PublicKey device, String name, Optional<PublicKey> link, PublicKey payer) {
    return new UnlinkDeviceInterface(name)
        .toInstruction(
            h.programId, new UnlinkDeviceInterface.Accounts(device, h.globalState(), link, payer));
  }

  Instruction delete(
      PublicKey device, PublicKey contributor, String name, boolean onchain, PublicKey payer) {
    return new DeleteDeviceInterface(name, onchain)
        .toInstruction(
            h.programId,
            new DeviceContributorInterfaceAccounts(
                device, contributor, h.globalState(), pools(onchain), payer));
  }

  Instruction remove(PublicKey device, String name, boolean withPools, PublicKey payer) {
    return new RemoveDeviceInterface(name)
        .toInstruction(
            h.programId,
            new DeviceInterfaceAccounts(device, h.globalState(), pools(withPools), payer));
  }

  Instruction update(
      PublicKey device,
      PublicKey contributor,
      UpdateDeviceInterface args,
      boolean withSegmentPool,
      PublicKey payer) {
    Optional<PublicKey> seg =
        withSegmentPool
            ? Optional.of(ServiceabilityPdas.segmentRoutingIds(h.programId).address())
            : Optional.empty();
    return args.toInstruction(
        h.programId,
        new UpdateDeviceInterface.Accounts(device, contributor, h.globalState(), seg, payer));
  }

  static UpdateDeviceInterface status(String name, InterfaceStatus s) {
    return new UpdateDeviceInterface(
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(s),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static UpdateDeviceInterface mtu(String name, int mtu) {
    return new UpdateDeviceInterface(
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(mtu),
        Optional.empty());
  }

  static UpdateDeviceInterface segment(String name, int idx) {
    return new UpdateDeviceInterface(
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(idx),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static UpdateDeviceInterface loopbackType(String name, LoopbackType lt) {
    return new UpdateDeviceInterface(
        name,
        Optional.of(lt),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static UpdateDeviceInterface edge(
      String name, Optional<InterfaceCyoa> cyoa, Optional<NetworkV4> ip) {
    return new UpdateDeviceInterface(
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ip,
        Optional.empty(),
        cyoa,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  InterfaceV2 iface(PublicKey device, String name) {
    return h.account(device, Device.class).interfaces().stream()
        .map(Interface::toCurrentVersion)
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
  }
}
