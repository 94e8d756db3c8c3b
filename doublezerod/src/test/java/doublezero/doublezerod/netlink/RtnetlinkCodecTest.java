package doublezero.doublezerod.netlink;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.testkit.Hex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Our requests against iproute2 6.1's for the same command, captured with strace (see each `.cmd`
/// file beside the `.strace` capture; interface index 2 is `doublezero0` in the capture's
/// namespace). Compared attribute by attribute (header fields, then each attribute's type and
/// value), ignoring seq and pid.
class RtnetlinkCodecTest {
  private static final Ipv4Address DZ_IP = Ipv4Address.parse("10.0.0.5");
  private static final Ipv4Address DEVICE_OVERLAY = Ipv4Address.parse("169.254.0.0");
  private static final int INDEX = 2;

  static void assertSameAsIproute2(String capture, byte[] ours, int familyHeaderLength) {
    byte[] theirs = StraceCapture.withoutSeqAndPid(StraceCapture.lastSendmsg(capture));
    byte[] mine = StraceCapture.withoutSeqAndPid(ours);
    assertThat(Hex.of(headers(mine, familyHeaderLength)))
        .as(capture + " headers")
        .isEqualTo(Hex.of(headers(theirs, familyHeaderLength)));
    assertThat(attributes(mine, familyHeaderLength))
        .as(capture + " attributes")
        .containsExactlyElementsOf(attributes(theirs, familyHeaderLength));
    assertThat(Hex.of(mine)).as(capture + " bytes").isEqualTo(Hex.of(theirs));
  }

  private static byte[] headers(byte[] m, int familyHeaderLength) {
    return java.util.Arrays.copyOf(m, 16 + familyHeaderLength);
  }

  private static List<String> attributes(byte[] m, int familyHeaderLength) {
    ByteBuffer b = ByteBuffer.wrap(m).order(ByteOrder.nativeOrder());
    List<String> out = new ArrayList<>();
    for (int[] a : RtnetlinkParser.attributes(b, 16 + familyHeaderLength, m.length)) {
      out.add(a[0] + "=" + Hex.of(java.util.Arrays.copyOfRange(m, a[1], a[1] + a[2])));
    }
    return out;
  }

  @Test
  void greLinkAsIproute2() {
    var gre =
        new GreLinkSpec(
            "doublezero0", Ipv4Address.parse("192.0.2.1"), Ipv4Address.parse("198.51.100.1"), 64);
    assertSameAsIproute2("newlink-gre", RtnetlinkCodec.newGreLink(gre, 1), 16);
  }

  @Test
  void linkUpMtuAndDeleteAsIproute2() {
    assertSameAsIproute2("setlink-up-mtu", RtnetlinkCodec.setLinkUp(INDEX, 1476, 1), 16);
    assertSameAsIproute2("dellink", RtnetlinkCodec.deleteLink(INDEX, 1), 16);
  }

  @Test
  void addressesAsIproute2() {
    assertSameAsIproute2(
        "newaddr-overlay",
        RtnetlinkCodec.addAddress(INDEX, NetworkV4.parse("169.254.0.1/31"), 1),
        8);
    assertSameAsIproute2(
        "newaddr-dzip", RtnetlinkCodec.addAddress(INDEX, NetworkV4.parse("10.0.0.5/32"), 1), 8);
    assertSameAsIproute2(
        "deladdr-overlay",
        RtnetlinkCodec.deleteAddress(INDEX, NetworkV4.parse("169.254.0.1/31"), 1),
        8);
  }

  @Test
  void bgpRoutesAsIproute2() {
    RouteSpec route = RouteSpec.bgp(NetworkV4.parse("4.4.4.4/32"), DEVICE_OVERLAY, DZ_IP);
    assertSameAsIproute2("newroute-bgp", RtnetlinkCodec.replaceRoute(route, 1), 12);
    assertSameAsIproute2("delroute-bgp", RtnetlinkCodec.deleteRoute(route, 1), 12);
  }

  @Test
  void edgeFilteringDefaultRouteAndRulesAsIproute2() {
    var def = new RouteSpec(NetworkV4.DEFAULT, DEVICE_OVERLAY, DZ_IP, 101, Rtnetlink.RTPROT_BOOT);
    assertSameAsIproute2("newroute-default-101", RtnetlinkCodec.replaceRoute(def, 1), 12);
    NetworkV4 prefix = NetworkV4.parse("10.0.0.0/24");
    RuleSpec to = new RuleSpec(100, 100, null, prefix, Rtnetlink.RTPROT_KERNEL);
    RuleSpec from = new RuleSpec(101, 101, prefix, null, Rtnetlink.RTPROT_KERNEL);
    assertSameAsIproute2("newrule-100", RtnetlinkCodec.addRule(to, 1), 12);
    assertSameAsIproute2("newrule-101", RtnetlinkCodec.addRule(from, 1), 12);
    assertSameAsIproute2("delrule-100", RtnetlinkCodec.deleteRule(to, 1), 12);
    assertSameAsIproute2("delrule-101", RtnetlinkCodec.deleteRule(from, 1), 12);
  }
}
