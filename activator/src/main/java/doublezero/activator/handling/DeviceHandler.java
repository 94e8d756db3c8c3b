package doublezero.activator.handling;

import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Note;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.CloseAccountDevice;
import doublezero.sdk.serviceability.instruction.CloseResource;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.ResourceRefundAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Device events (reference `activator/src/process/device.rs`; `activator-controller-agent.md`
/// §A.7.1, §A.8): Pending → `ActivateDevice(1 + #dz_prefixes)` with the TunnelIds and DzPrefixBlock
/// PDAs; provisioning or Activated → the interfaces ([InterfaceHandler]) and, off-chain mode only,
/// `CloseResource` for each DzPrefixBlock left over after dz_prefixes shrank; Deleting →
/// `CloseAccountDevice` with each resource account and its owner. Drained and Rejected devices are
/// left alone.
public final class DeviceHandler {
  private DeviceHandler() {}

  /// @return the decisions for `device` in its current status
  public static List<Decision> handle(HandlerContext c, PublicKey pk, Device device) {
    return switch (device.status()) {
      case PENDING -> List.of(activate(c, pk, device));
      case DEVICE_PROVISIONING, LINK_PROVISIONING, ACTIVATED -> provisioned(c, pk, device);
      case DELETING -> List.of(close(c, pk, device));
      case DRAINED, REJECTED -> List.of();
    };
  }

  private static Decision activate(HandlerContext c, PublicKey pk, Device d) {
    DeviceResourceAccounts resources =
        DeviceResourceAccounts.derive(c.programId(), pk, d.dzPrefixes().size());
    ActivateDevice args = new ActivateDevice(resources.count());
    var accounts =
        new ActivateDevice.Accounts(pk, c.globalState(), c.globalConfig(), resources, c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        List.of(),
        After.HOLD,
        "device-activated",
        "device=" + pk + " code=" + d.code() + " dz_prefixes=" + d.dzPrefixes(),
        Transition.DEVICE_PENDING_TO_ACTIVATED);
  }

  private static List<Decision> provisioned(HandlerContext c, PublicKey pk, Device d) {
    List<Decision> out = new ArrayList<>(InterfaceHandler.handle(c, pk, d));
    if (!c.onchain()) {
      for (int idx = d.dzPrefixes().size(); idx < d.dzPrefixes().size() + 8; idx++) {
        PublicKey block = ServiceabilityPdas.dzPrefixBlock(c.programId(), pk, idx).address();
        Optional<ResourceExtension> r =
            c.view()
                .peek(block)
                .filter(ResourceExtension.class::isInstance)
                .map(ResourceExtension.class::cast);
        if (r.isEmpty()) {
          break;
        }
        CloseResource args = new CloseResource();
        var accounts =
            new CloseResource.Accounts(block, r.get().owner(), c.globalState(), c.payer());
        out.add(
            new Step(
                pk,
                args,
                args.toInstruction(c.programId(), accounts),
                List.of(),
                After.HOLD,
                "dz-prefix-block-closed",
                "device=" + pk + " index=" + idx + " resource=" + block,
                null));
      }
    }
    return out;
  }

  private static Decision close(HandlerContext c, PublicKey pk, Device d) {
    if (d.referenceCount() > 0) {
      return new Note(
          pk,
          "device-close-refused",
          "device=" + pk + " code=" + d.code() + " reference_count=" + d.referenceCount());
    }
    DeviceResourceAccounts derived =
        DeviceResourceAccounts.derive(c.programId(), pk, d.dzPrefixes().size());
    List<PublicKey> resources = new ArrayList<>();
    resources.add(derived.tunnelIds());
    resources.addAll(derived.dzPrefixBlocks());
    List<PublicKey> owners = new ArrayList<>();
    for (PublicKey r : resources) {
      Optional<ResourceExtension> ext = c.view().get(r, ResourceExtension.class);
      if (ext.isEmpty()) {
        return new Note(
            pk,
            "device-close-refused",
            "device=" + pk + " code=" + d.code() + " missing_resource=" + r);
      }
      owners.add(ext.get().owner());
    }
    CloseAccountDevice args = new CloseAccountDevice(resources.size());
    var accounts =
        new CloseAccountDevice.Accounts(
            pk,
            d.owner(),
            d.contributorPk(),
            d.locationPk(),
            d.exchangePk(),
            c.globalState(),
            c.globalConfig(),
            new ResourceRefundAccounts(resources, owners),
            c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        List.of(),
        After.CLOSED,
        "device-closed",
        "device=" + pk + " code=" + d.code() + " owner=" + d.owner(),
        Transition.DEVICE_DELETING_TO_DEACTIVATED);
  }
}
