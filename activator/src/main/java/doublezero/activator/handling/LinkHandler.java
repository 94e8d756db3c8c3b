package doublezero.activator.handling;

import doublezero.activator.allocation.Resource;
import doublezero.activator.handling.Decision.After;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.CloseAccountLink;
import doublezero.sdk.serviceability.instruction.LinkAllocationAccounts;
import doublezero.sdk.serviceability.instruction.RejectLink;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/// Link events (reference `activator/src/process/link.rs`; `activator-controller-agent.md` §A.7.3,
/// §A.8): Pending → a /31 from the device tunnel block (or the one it already has) and a tunnel id
/// from 0 (or its own), then `ActivateLink`, or `RejectLink("Error: No available tunnel block")`;
/// Deleting → `CloseAccountLink`, which returns the rent to the link's owner. Other statuses are
/// left alone.
public final class LinkHandler {
  /// The reference's reject reason when the device tunnel block is full.
  public static final String NO_BLOCK = "Error: No available tunnel block";

  private LinkHandler() {}

  /// @return the decisions for `link` in its current status
  public static List<Decision> handle(HandlerContext c, PublicKey pk, Link link) {
    return switch (link.status()) {
      case PENDING ->
          List.of(
              c.onchain()
                  ? activate(c, pk, link, new ActivateLink(0, NetworkV4.DEFAULT, true), List.of())
                  : pending(c, pk, link));
      case DELETING -> List.of(close(c, pk, link));
      case ACTIVATED, REJECTED, REQUESTED, HARD_DRAINED, SOFT_DRAINED, PROVISIONING -> List.of();
    };
  }

  private static Decision pending(HandlerContext c, PublicKey pk, Link link) {
    List<Resource> taken = new ArrayList<>();
    NetworkV4 net = link.tunnelNet();
    if (net.equals(NetworkV4.DEFAULT)) {
      Optional<NetworkV4> block = c.pools().linkIps.nextBlock(0, 2);
      if (block.isEmpty()) {
        RejectLink args = new RejectLink(NO_BLOCK);
        var accounts = new RejectLink.Accounts(pk, c.globalState(), Optional.empty(), c.payer());
        return new Step(
            pk,
            args,
            args.toInstruction(c.programId(), accounts),
            List.of(),
            After.HOLD,
            "link-rejected",
            "link=" + pk + " code=" + link.code() + " reason=\"" + NO_BLOCK + "\"",
            Transition.LINK_PENDING_TO_REJECTED);
      }
      net = block.get();
      taken.add(UserHandler.take(c, new Resource.DeviceTunnelNet(net)));
    }
    int id = link.tunnelId();
    if (id == 0 && link.tunnelNet().equals(NetworkV4.DEFAULT)) {
      OptionalInt next = c.pools().linkIds.next();
      if (next.isPresent()) {
        id = next.getAsInt();
        taken.add(UserHandler.take(c, new Resource.LinkId(id)));
      }
    }
    return activate(c, pk, link, new ActivateLink(id, net, false), taken);
  }

  private static Decision activate(
      HandlerContext c, PublicKey pk, Link link, ActivateLink args, List<Resource> taken) {
    var accounts =
        new ActivateLink.Accounts(
            pk,
            link.sideAPk(),
            link.sideZPk(),
            c.globalState(),
            c.onchain()
                ? Optional.of(LinkAllocationAccounts.derive(c.programId()))
                : Optional.empty(),
            c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        taken,
        After.HOLD,
        "link-activated",
        "link="
            + pk
            + " code="
            + link.code()
            + " tunnel_id="
            + args.tunnelId()
            + " tunnel_net="
            + args.tunnelNet(),
        Transition.LINK_PENDING_TO_ACTIVATED);
  }

  private static Decision close(HandlerContext c, PublicKey pk, Link link) {
    CloseAccountLink args = new CloseAccountLink(c.onchain());
    var accounts =
        new CloseAccountLink.Accounts(
            pk,
            link.owner(),
            link.contributorPk(),
            link.sideAPk(),
            link.sideZPk(),
            c.globalState(),
            c.onchain()
                ? Optional.of(LinkAllocationAccounts.derive(c.programId()))
                : Optional.empty(),
            c.payer());
    return new Step(
        pk,
        args,
        args.toInstruction(c.programId(), accounts),
        List.of(),
        After.CLOSED,
        "link-closed",
        "link="
            + pk
            + " code="
            + link.code()
            + " owner="
            + link.owner()
            + " tunnel_id="
            + link.tunnelId()
            + " tunnel_net="
            + link.tunnelNet(),
        Transition.LINK_DELETING_TO_DEACTIVATED);
  }
}
