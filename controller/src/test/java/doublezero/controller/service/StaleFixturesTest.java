package doublezero.controller.service;

import static doublezero.controller.render.RenderFixtures.expected;
import static doublezero.controller.render.RenderFixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.device.DeviceState;
import doublezero.controller.metrics.ConfigEvents;
import doublezero.controller.render.ConfigRendererTest;
import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.E2eScenarios;
import doublezero.controller.state.E2eScenarios.Scenario;
import doublezero.controller.state.ProgramSnapshot;
import doublezero.controller.state.StateBuilder;
import doublezero.controller.state.StateCache;
import doublezero.controller.state.StateEvents;
import doublezero.sdk.serviceability.state.DeviceStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The three controller fixtures that no v0.12.0 test uses, and why none of them can be reproduced
/// by the v0.12.0 template: each is proved stale by rendering the closest input and showing that
/// the only differences are the lines a named template change explains.
/// - `base.config.without.interfaces.peers.txt` and `e2e.without.interfaces.peers.tmpl` belong to
///   the removed tests `TestGetConfig/render_base_config_without_interfaces_and_peers_successfully`
///   and `TestEndToEnd/base_config_without_interfaces_and_peers`
///   (`698a9ffaf^:controlplane/controller/internal/controller/server_test.go:512-530,1351-1430`),
///   which ran with `-enable-interfaces-and-peers` off. Commit 698a9ffaf (#1983) made the flag a
///   no-op: it removed the two `{{- if $.InterfacesAndPeers }}` gates of `tunnel.tmpl` (around the
///   `router-id`/`timers bgp`/`distance bgp` lines and around `router isis 1`) and always processes
///   interfaces and loopbacks; 602788395 (#2255) later added `no set-overload-bit` to the ISIS
///   block. The fixtures stayed (71a118a43 still edited them by hand).
/// - `tunnel.teraswitch.txt` is older than the public history: already in the first public commit
///   841991a18 with no test naming it (nor since), and edited by hand in c5aed7323, 297d78a65,
///   f95f3a725 and 71a118a43. It is a fragment of a pre-VRF template.
class StaleFixturesTest {
  static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.split("\n", -1)));
  }

  /// Removes the one occurrence of `block` (consecutive lines) from `text`.
  static List<String> removeOnce(List<String> text, String... block) {
    List<String> b = List.of(block);
    int at = Collections.indexOfSubList(text, b);
    assertThat(at).as("block starting %s", b.getFirst()).isNotNegative();
    assertThat(Collections.lastIndexOfSubList(text, b)).as("block occurs once").isEqualTo(at);
    text.subList(at, at + b.size()).clear();
    return text;
  }

  static final String[] BGP_ROUTER_ID_NIL = {
    "   router-id <nil>", "   timers bgp 1 3", "   distance bgp 20 200 200"
  };

  static String[] isis(String net, String routerId) {
    return new String[] {
      "router isis 1",
      "   net " + net,
      "   router-id ipv4 " + routerId,
      "   log-adjacency-changes",
      "   !",
      "   address-family ipv4 unicast",
      "   !",
      "   segment-routing mpls",
      "      no shutdown",
      "   no set-overload-bit",
      "!"
    };
  }

  /// The old test's cache entry (public IP 7.7.7.7, only the VPNv4 loopback's name: interfaces and
  /// loopback addresses were not processed with the flag off, no tunnel slots, no peers) with the
  /// exchange tst/10050 that 71a118a43 wrote into the fixture. v0.12.0 renders the gated lines too:
  /// with no loopback address they print Go's `<nil>` and an empty NET.
  @Test
  void baseConfigWithoutInterfacesAndPeersDiffersOnlyByTheUngatedLines() {
    DeviceState d =
        new DeviceState(
            "abc123",
            "",
            ip("7.7.7.7"),
            DeviceStatus.PENDING,
            "",
            null,
            "Loopback255",
            null,
            "",
            "",
            List.of(),
            List.of(),
            List.of(),
            "tst",
            10050,
            "",
            "");
    String got = ConfigServiceTest.get(ConfigServiceTest.cache(d, List.of(), List.of()), false);
    String fixture = expected("base.config.without.interfaces.peers.txt");
    assertThat(got).isNotEqualTo(fixture);
    List<String> rest = removeOnce(lines(got), BGP_ROUTER_ID_NIL);
    removeOnce(rest, isis("", "<nil>"));
    assertThat(String.join("\n", rest)).isEqualTo(fixture);
  }

  /// The old e2e scenario through [StateBuilder] and [ConfigService]: v0.12.0 processes abc01's
  /// loopbacks, so the render also has their interface blocks, the `mpls icmp` lines (gated on the
  /// VPNv4 loopback's name), the BGP router id and timers and the ISIS block, exactly as in the
  /// live `e2e.last.user.tmpl`.
  @Test
  void e2eWithoutInterfacesAndPeersDiffersOnlyByTheProcessedLoopbacks() {
    Scenario s = E2eScenarios.withoutInterfacesAndPeers();
    StateCache c = StateBuilder.build(ProgramSnapshot.of(s.accounts()), StateEvents.NONE);
    String got =
        new ConfigService(ConfigServiceTest.RENDERER, 65342, false, ConfigEvents.NONE)
            .config(c, ConfigQuery.of(E2eScenarios.DEVICE, s.peers()));
    String fixture = expected(s.fixture());
    assertThat(got).isNotEqualTo(fixture);
    List<String> rest =
        removeOnce(
            lines(got),
            "interface Loopback255",
            "   ip address 14.14.14.14/32",
            "   node-segment ipv4 index 101",
            "   isis enable 1",
            "!",
            "interface Loopback256",
            "   ip address 12.12.12.12/32",
            "   isis enable 1",
            "!");
    removeOnce(
        rest, "mpls icmp ttl-exceeded tunneling", "mpls icmp ip source-interface Loopback255", "!");
    removeOnce(rest, "   router-id 14.14.14.14", "   timers bgp 1 3", "   distance bgp 20 200 200");
    removeOnce(rest, isis("49.0000.0e0e.0e0e.0000.00", "14.14.14.14"));
    assertThat(String.join("\n", rest)).isEqualTo(fixture);
  }

  /// No input reproduces `tunnel.teraswitch.txt`: `logging buffered 128000` and `router bgp 65342`
  /// are unconditional lines of the v0.12.0 template (`tunnel.tmpl:10,179`), so every render has
  /// them, and the fixture has neither (it has `router bgp 65000`). Its closest input, the three
  /// unicast tunnels 500–502 of `render_unicast_tunnels_successfully` (underlay 1.1.1.1→2.2.2.2, …,
  /// dz_ip 100.0.0.k, exchange tst/10050), renders every fixture line in the same order once the
  /// fixture's user neighbours move from the global `router bgp` (3-space indent) into `vrf vrf1`
  /// (6 spaces) and the ASN is 65342; the rest of the render is what later templates added (header
  /// and ACLs, tunnel descriptions, `vrf vrf1`, `passive`, iBGP/ISIS, multicast ACLs).
  @Test
  void teraswitchIsAFragmentOfAPreVrfTemplate() {
    String fixture = expected("tunnel.teraswitch.txt");
    String got =
        ConfigServiceTest.get(
            ConfigServiceTest.cache(
                RenderFixtures.device(List.of(), ConfigRendererTest.threeUnicast()),
                List.of(),
                List.of()),
            false);
    List<String> fixtureLines = lines(fixture);
    List<String> gotLines = lines(got);
    assertThat(gotLines).contains("logging buffered 128000", "router bgp 65342");
    assertThat(fixtureLines)
        .doesNotContain("logging buffered 128000", "router bgp 65342")
        .contains("router bgp 65000");
    List<String> moved = new ArrayList<>();
    int rewritten = 0;
    for (String l : fixtureLines) {
      if (l.equals("router bgp 65000")) {
        moved.add("router bgp 65342");
        rewritten++;
      } else if (l.matches(" {3}(no )?neighbor 169\\.254\\.0\\.\\d+.*")) {
        moved.add("   " + l);
        rewritten++;
      } else {
        moved.add(l);
      }
    }
    assertThat(rewritten).isEqualTo(25);
    assertThat(missingFromSubsequence(moved, gotLines)).isEmpty();
  }

  /// @return the lines of `want` that cannot be matched, in order, against `in` (empty when `want`
  ///   is a subsequence of `in`)
  static List<String> missingFromSubsequence(List<String> want, List<String> in) {
    List<String> missing = new ArrayList<>();
    int j = 0;
    for (String w : want) {
      int k = j;
      while (k < in.size() && !in.get(k).equals(w)) {
        k++;
      }
      if (k == in.size()) {
        missing.add(w);
      } else {
        j = k + 1;
      }
    }
    return missing;
  }
}
