package doublezero.activator.handling;

import doublezero.activator.allocation.Resource;
import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Note;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDeviceInterface;
import doublezero.sdk.serviceability.instruction.DeviceAccounts;
import doublezero.sdk.serviceability.instruction.DeviceInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.InterfaceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.RejectDeviceInterface;
import doublezero.sdk.serviceability.instruction.RemoveDeviceInterface;
import doublezero.sdk.serviceability.instruction.UnlinkDeviceInterface;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/// A device's interfaces (reference `activator/src/process/iface_mgr.rs`;
/// `activator-controller-agent.md` §A.7.2): a Pending loopback gets a /32 from the device tunnel
/// block (and a segment-routing id when it is Vpnv4) and is activated, or rejected when the block
/// is full; a Pending physical interface is unlinked (with the link that uses it, as
/// `commands/device/interface/unlink.rs` finds it); a Deleting one is removed. Its resources go
/// back to the pools when the device is next seen without it (not before the transaction, as the
/// reference did).
public final class InterfaceHandler {
  private InterfaceHandler() {}

  /// @return one decision per interface that needs one, in interface order
  public static List<Decision> handle(HandlerContext c, PublicKey pk, Device d) {
    List<Decision> out = new ArrayList<>();
    for (Interface i : d.interfaces()) {
      if (i.status() == InterfaceStatus.PENDING) {
        switch (i.interfaceType()) {
          case LOOPBACK -> out.add(loopback(c, pk, i));
          case PHYSICAL -> out.add(unlink(c, pk, i));
          case INVALID ->
              out.add(
                  new Note(
                      pk, "interface-invalid-type", "device=" + pk + " interface=" + i.name()));
        }
      } else if (i.status() == InterfaceStatus.DELETING) {
        out.add(remove(c, pk, i));
      }
    }
    return out;
  }

  private static Decision loopback(HandlerContext c, PublicKey pk, Interface i) {
    if (c.onchain()) {
      return activate(
          c, pk, i, new ActivateDeviceInterface(i.name(), NetworkV4.DEFAULT, 0), List.of());
    }
    List<Resource> taken = new ArrayList<>();
    int sr = i.nodeSegmentIdx();
    if (sr == 0 && i.loopbackType() == LoopbackType.VPNV4) {
      OptionalInt next = c.pools().segmentRoutingIds.next();
      if (next.isPresent()) {
        sr = next.getAsInt();
        taken.add(UserHandler.take(c, new Resource.SegmentRoutingId(sr)));
      }
    }
    NetworkV4 ip = i.ipNet();
    if (ip.equals(NetworkV4.DEFAULT)) {
      Optional<NetworkV4> block = c.pools().linkIps.nextBlock(1, 1);
      if (block.isEmpty()) {
        RejectDeviceInterface args = new RejectDeviceInterface(i.name());
        c.holdings().unreserve(taken);
        return new Step(
            pk,
            args,
            args.toInstruction(c.programId(), new DeviceAccounts(pk, c.globalState(), c.payer())),
            List.of(),
            After.HOLD,
            "interface-rejected",
            "device="
                + pk
                + " interface="
                + i.name()
                + " reason=\"no available device tunnel block\"",
            null);
      }
      ip = block.get();
      taken.add(UserHandler.take(c, new Resource.DeviceTunnelNet(ip)));
    }
    return activate(c, pk, i, new ActivateDeviceInterface(i.name(), ip, sr), taken);
  }

  private static Decision activate(
      HandlerContext c,
      PublicKey pk,
      Interface i,
      ActivateDeviceInterface args,
      List<Resource> taken) {
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts(c, pk)),
        taken,
        After.HOLD,
        "interface-activated",
        "device="
            + pk
            + " interface="
            + i.name()
            + " ip_net="
            + args.ipNet()
            + " node_segment_idx="
            + args.nodeSegmentIdx(),
        null);
  }

  private static Decision unlink(HandlerContext c, PublicKey pk, Interface i) {
    Optional<PublicKey> link = Optional.empty();
    for (Map.Entry<PublicKey, Link> e : c.view().all(Link.class).entrySet()) {
      Link l = e.getValue();
      if ((l.sideAPk().equals(pk) && l.sideAIfaceName().equalsIgnoreCase(i.name()))
          || (l.sideZPk().equals(pk) && l.sideZIfaceName().equalsIgnoreCase(i.name()))) {
        link = Optional.of(e.getKey());
        break;
      }
    }
    UnlinkDeviceInterface args = new UnlinkDeviceInterface(i.name());
    var accounts = new UnlinkDeviceInterface.Accounts(pk, c.globalState(), link, c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        List.of(),
        After.HOLD,
        "interface-unlinked",
        "device=" + pk + " interface=" + i.name(),
        null);
  }

  private static Decision remove(HandlerContext c, PublicKey pk, Interface i) {
    RemoveDeviceInterface args = new RemoveDeviceInterface(i.name());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts(c, pk)),
        List.of(),
        After.HOLD,
        "interface-removed",
        "device="
            + pk
            + " interface="
            + i.name()
            + " ip_net="
            + i.ipNet()
            + " node_segment_idx="
            + i.nodeSegmentIdx(),
        null);
  }

  private static DeviceInterfaceAccounts accounts(HandlerContext c, PublicKey pk) {
    return new DeviceInterfaceAccounts(
        pk,
        c.globalState(),
        c.onchain()
            ? Optional.of(InterfaceAllocationAccounts.derive(c.programId()))
            : Optional.empty(),
        c.payer());
  }
}
