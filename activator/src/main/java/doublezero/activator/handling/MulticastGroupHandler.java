package doublezero.activator.handling;

import doublezero.activator.allocation.Resource;
import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Note;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.DeactivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.MulticastGroupWithBlockAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;

/// Multicast group events (reference `activator/src/process/multicastgroup.rs`;
/// `activator-controller-agent.md` §A.7.5, §A.8): Pending → the next address of the multicast group
/// block (its network address first) and `ActivateMulticastGroup`; a full block is only logged, as
/// in the reference; Deleting → `DeactivateMulticastGroup`. Addresses of existing groups are known
/// from the start-up snapshot (the reference learnt them lazily, §A.12 quirk 6).
public final class MulticastGroupHandler {
  private MulticastGroupHandler() {}

  /// @return the decisions for `group` in its current status
  public static List<Decision> handle(HandlerContext c, PublicKey pk, MulticastGroup group) {
    Optional<PublicKey> block =
        c.onchain()
            ? Optional.of(ServiceabilityPdas.multicastGroupBlock(c.programId()).address())
            : Optional.empty();
    return switch (group.status()) {
      case PENDING -> List.of(pending(c, pk, group, block));
      case DELETING -> {
        DeactivateMulticastGroup args = new DeactivateMulticastGroup(c.onchain());
        var accounts =
            new DeactivateMulticastGroup.Accounts(
                pk, group.owner(), c.globalState(), block, c.payer());
        yield List.of(
            new Step(
                pk,
                args,
                args.toInstruction(c.programId(), accounts),
                List.of(),
                After.CLOSED,
                "multicastgroup-deactivated",
                "multicastgroup="
                    + pk
                    + " code="
                    + group.code()
                    + " multicast_ip="
                    + group.multicastIp(),
                Transition.MULTICASTGROUP_DELETING_TO_DEACTIVATED));
      }
      case ACTIVATED, SUSPENDED, REJECTED -> List.of();
    };
  }

  private static Decision pending(
      HandlerContext c, PublicKey pk, MulticastGroup group, Optional<PublicKey> block) {
    List<Resource> taken = List.of();
    Ipv4Address ip = Ipv4Address.UNSPECIFIED;
    if (!c.onchain()) {
      Optional<NetworkV4> next = c.pools().multicastGroupIps.nextBlock(0, 1);
      if (next.isEmpty()) {
        return new Note(
            pk,
            "multicastgroup-no-block",
            "multicastgroup="
                + pk
                + " code="
                + group.code()
                + " error=\"No available multicast block\"");
      }
      ip = next.get().ip();
      taken = List.of(UserHandler.take(c, new Resource.GroupIp(ip)));
    }
    ActivateMulticastGroup args = new ActivateMulticastGroup(ip);
    var accounts = new MulticastGroupWithBlockAccounts(pk, c.globalState(), block, c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        taken,
        After.HOLD,
        "multicastgroup-activated",
        "multicastgroup=" + pk + " code=" + group.code() + " multicast_ip=" + ip,
        Transition.MULTICASTGROUP_PENDING_TO_ACTIVATED);
  }
}
