package doublezero.activator.handling;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.activator.allocation.Holdings;
import doublezero.activator.allocation.NetworkPools;
import doublezero.activator.handling.Decision.Step;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.CloseAccountLink;
import doublezero.sdk.serviceability.instruction.RejectLink;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Link and multicast group decisions against the reference's `process/link.rs` and
/// `multicastgroup.rs` tests (§A.13): pool 10.0.0.0/16, ids in use {500, 501, 503} from first 500 →
/// 502 in the reference; ours start at 0 (the reference's activator creates `link_ids` with first =
/// 0), so the equivalent is {0, 1, 3} → 2.
class LinkAndGroupHandlerTest {
  static final PublicKey PROGRAM = Keypair.generate().publicKey();
  static final PublicKey A = Keypair.generate().publicKey();
  static final PublicKey Z = Keypair.generate().publicKey();

  static HandlerContext ctx(String deviceBlock) {
    GlobalConfig gc =
        new GlobalConfig(
            PublicKey.DEFAULT,
            255,
            65000,
            65001,
            NetworkV4.parse(deviceBlock),
            NetworkV4.parse("2.0.0.0/24"),
            NetworkV4.parse("224.0.0.0/4"),
            10000,
            NetworkV4.parse("148.51.120.0/21"));
    return HandlerContext.of(
        PROGRAM,
        Keypair.generate().publicKey(),
        false,
        new Holdings(new NetworkPools(gc)),
        new FakeView());
  }

  static Link link(LinkStatus status, int id, NetworkV4 net) {
    return new Link(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        A,
        Z,
        LinkLinkType.WAN,
        1,
        9000,
        1,
        1,
        id,
        net,
        status,
        "l",
        PublicKey.DEFAULT,
        "Ethernet0",
        "Ethernet1",
        0,
        LinkHealth.defaultVariant(),
        LinkDesiredStatus.defaultVariant());
  }

  @Test
  void pendingLinkTakesTheFirstFreeIdAndSlash31() {
    HandlerContext c = ctx("10.0.0.0/16");
    for (int id : new int[] {0, 1, 3}) {
      c.pools().linkIds.assign(id);
    }
    Step s =
        (Step)
            LinkHandler.handle(
                    c,
                    Keypair.generate().publicKey(),
                    link(LinkStatus.PENDING, 0, NetworkV4.DEFAULT))
                .getFirst();
    assertThat(s.args()).isEqualTo(new ActivateLink(2, NetworkV4.parse("10.0.0.0/31"), false));
  }

  @Test
  void pendingLinkKeepsWhatItAlreadyHas() {
    Step s =
        (Step)
            LinkHandler.handle(
                    ctx("10.0.0.0/16"),
                    Keypair.generate().publicKey(),
                    link(LinkStatus.PENDING, 1, NetworkV4.parse("10.1.2.0/31")))
                .getFirst();
    assertThat(s.args()).isEqualTo(new ActivateLink(1, NetworkV4.parse("10.1.2.0/31"), false));
  }

  @Test
  void exhaustedBlockRejectsWithTheReferenceReason() {
    HandlerContext c = ctx("10.0.0.0/32");
    c.pools().linkIps.assign(NetworkV4.parse("10.0.0.0/32"));
    Step s =
        (Step)
            LinkHandler.handle(
                    c,
                    Keypair.generate().publicKey(),
                    link(LinkStatus.PENDING, 0, NetworkV4.DEFAULT))
                .getFirst();
    assertThat(s.args()).isEqualTo(new RejectLink("Error: No available tunnel block"));
    assertThat(s.transition()).isEqualTo(Transition.LINK_PENDING_TO_REJECTED);
  }

  @Test
  void deletingLinkIsClosed() {
    Step s =
        (Step)
            LinkHandler.handle(
                    ctx("10.0.0.0/16"),
                    Keypair.generate().publicKey(),
                    link(LinkStatus.DELETING, 2, NetworkV4.parse("10.0.0.2/31")))
                .getFirst();
    assertThat(s.args()).isEqualTo(new CloseAccountLink(false));
  }

  @Test
  void pendingGroupGetsTheBlocksNetworkAddress() {
    MulticastGroup g =
        new MulticastGroup(
            PublicKey.DEFAULT,
            U128.ZERO,
            255,
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED,
            1,
            MulticastGroupStatus.PENDING,
            "mg",
            0,
            0);
    List<Decision> d =
        MulticastGroupHandler.handle(ctx("10.0.0.0/16"), Keypair.generate().publicKey(), g);
    assertThat(((Step) d.getFirst()).args())
        .isEqualTo(new ActivateMulticastGroup(Ipv4Address.parse("224.0.0.0")));
  }
}
