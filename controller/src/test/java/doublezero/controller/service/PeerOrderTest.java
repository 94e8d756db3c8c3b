package doublezero.controller.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.testkit.ReferenceData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/// [PeerOrder] on the reference's e2e fixtures: the fixtures' own order changes nothing, another
/// order moves whole peer blocks inside each section and nothing else.
class PeerOrderTest {
  static final String FIXTURE = "e2e/fixtures/ibrl/doublezero_agent_config_user_added.tmpl";
  static final List<String> FIXTURE_ORDER =
      List.of("ty2-dz01", "ld4-dz01", "la2-dz01", "sg1-dz01", "ams-dz001", "frk-dz01", "pit-dzd01");

  static String peer(String kind, String code) {
    return "{{index .Peer" + kind + " \"" + code + "\"}}";
  }

  @Test
  void theFixturesOwnOrderIsTheIdentity() {
    String t = ReferenceData.text(FIXTURE);
    assertThat(PeerOrder.reorder(t, FIXTURE_ORDER)).isEqualTo(t);
    List<String> withOthers = new ArrayList<>(FIXTURE_ORDER);
    withOthers.addFirst("ny5-dz01");
    assertThat(PeerOrder.reorder(t, withOthers)).isEqualTo(t);
  }

  @Test
  void anotherOrderMovesWholeBlocksWithinEachSection() {
    String t = ReferenceData.text(FIXTURE);
    List<String> reversed = new ArrayList<>(FIXTURE_ORDER);
    Collections.reverse(reversed);
    String r = PeerOrder.reorder(t, reversed);
    assertThat(r).isNotEqualTo(t);
    assertThat(PeerOrder.reorder(r, FIXTURE_ORDER)).isEqualTo(t);
    List<String> lines = r.lines().toList();
    assertThat(lines).containsExactlyInAnyOrderElementsOf(t.lines().toList());
    String pitIpv4 = peer("Ipv4", "pit-dzd01");
    String ty2Ipv4 = peer("Ipv4", "ty2-dz01");
    int ipv4Block = lines.indexOf("   no neighbor " + pitIpv4);
    assertThat(lines.subList(ipv4Block, ipv4Block + 8))
        .containsExactly(
            "   no neighbor " + pitIpv4,
            "   neighbor " + pitIpv4 + " remote-as 65342",
            "   neighbor " + pitIpv4 + " next-hop-self",
            "   neighbor " + pitIpv4 + " update-source Loopback256",
            "   neighbor " + pitIpv4 + " description pit-dzd01-ipv4",
            "   neighbor " + pitIpv4 + " timers 3 9",
            "   neighbor " + pitIpv4 + " send-community",
            "   no neighbor " + peer("Ipv4", "frk-dz01"));
    int af = lines.indexOf("   address-family ipv4");
    assertThat(lines.get(af + 1)).isEqualTo("      neighbor " + pitIpv4 + " activate");
    assertThat(lines.get(af + 7)).isEqualTo("      neighbor " + ty2Ipv4 + " activate");
    assertThat(lines.get(af + 8))
        .isEqualTo("      no neighbor " + peer("Vpnv4", "pit-dzd01") + " activate");
    int msdp = lines.indexOf("router msdp");
    assertThat(lines.subList(msdp + 1, msdp + 6))
        .containsExactly(
            "   peer " + pitIpv4,
            "      mesh-group DZ-1",
            "      local-interface Loopback256",
            "      description pit-dzd01",
            "   peer " + peer("Ipv4", "frk-dz01"));
    assertThat(lines.subList(msdp + 25, lines.size()))
        .containsExactly(
            "   peer " + ty2Ipv4,
            "      mesh-group DZ-1",
            "      local-interface Loopback256",
            "      description ty2-dz01");
    assertThat(r).endsWith("description ty2-dz01\n");
  }

  @Test
  void aPeerMissingFromTheOrderIsRefused() {
    String t = ReferenceData.text(FIXTURE);
    assertThatThrownBy(() -> PeerOrder.reorder(t, FIXTURE_ORDER.subList(0, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pit-dzd01");
  }
}
