package doublezero.controller.service;

import static doublezero.controller.render.RenderFixtures.expected;
import static doublezero.controller.render.RenderFixtures.ip;
import static doublezero.controller.render.RenderFixtures.loopback;
import static doublezero.controller.render.RenderFixtures.physical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.LoopbackRole;
import doublezero.controller.device.TunnelSlot;
import doublezero.controller.metrics.ConfigEvents;
import doublezero.controller.render.ConfigRenderer;
import doublezero.controller.render.ConfigRendererTest;
import doublezero.controller.render.GoFixture;
import doublezero.controller.render.RenderFixtures;
import doublezero.controller.state.E2eScenarios;
import doublezero.controller.state.ProgramSnapshot;
import doublezero.controller.state.StateBuilder;
import doublezero.controller.state.StateCache;
import doublezero.controller.state.StateEvents;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LinkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The reference's `TestGetConfig`, `TestGetConfigWithPathologies`, `TestEndToEnd` (through
/// [StateBuilder], without RPC) and the duplicate-tunnel tests (§B.6, §B.10).
class ConfigServiceTest {
  static final ConfigRenderer RENDERER = new ConfigRenderer();

  static StateCache cache(DeviceState d, List<BgpPeer> vpnv4, List<BgpPeer> ipv4) {
    return new StateCache(
        NetworkV4.parse("239.0.0.0/24"),
        NetworkV4.DEFAULT,
        NetworkV4.DEFAULT,
        Map.of(d.pubkey(), d),
        vpnv4,
        ipv4,
        List.of(1),
        1);
  }

  static String get(StateCache c, boolean noHardware) {
    return new ConfigService(RENDERER, 65342, noHardware, ConfigEvents.NONE)
        .config(c, ConfigQuery.of("abc123", List.of()));
  }

  static DeviceState tunnels(List<TunnelSlot> t) {
    return RenderFixtures.device(List.of(), t);
  }

  @Test
  void unicast() {
    assertThat(get(cache(tunnels(ConfigRendererTest.threeUnicast()), List.of(), List.of()), false))
        .isEqualTo(expected("unicast.tunnel.tmpl"));
  }

  @Test
  void multicast() {
    assertThat(
            get(cache(tunnels(ConfigRendererTest.threeMulticast()), List.of(), List.of()), false))
        .isEqualTo(expected("multicast.tunnel.tmpl"));
  }

  @Test
  void mixedAndNoHardware() {
    StateCache c = cache(tunnels(ConfigRendererTest.mixed()), List.of(), List.of());
    assertThat(get(c, false)).isEqualTo(expected("mixed.tunnel.tmpl"));
    assertThat(get(c, true)).isEqualTo(expected("nohardware.tunnel.tmpl"));
  }

  static final List<BgpPeer> VPNV4 = List.of(new BgpPeer(ip("15.15.15.15"), "remote-dzd"));
  static final List<BgpPeer> IPV4 = List.of(new BgpPeer(ip("12.12.12.12"), "remote-dzd"));

  @Test
  void baseConfig() {
    List<DeviceInterface> ifaces =
        List.of(
            loopback("Loopback255", LoopbackRole.VPNV4, "14.14.14.14/32", 15),
            physical("Ethernet1/1", "172.16.0.2/31", 40000, true, LinkStatus.PENDING),
            physical("Ethernet1/2", "172.16.0.4/31", 40000, false, LinkStatus.PENDING));
    DeviceState d =
        RenderFixtures.device(
            ifaces,
            List.of(),
            DeviceStatus.PENDING,
            "",
            ip("13.13.13.13"),
            "Loopback255",
            "Loopback256");
    assertThat(get(cache(d, VPNV4, IPV4), false)).isEqualTo(expected("base.config.txt"));
  }

  @Test
  void baseConfigWithMgmtVrf() {
    DeviceState d =
        RenderFixtures.device(
            List.of(),
            List.of(),
            DeviceStatus.PENDING,
            "test-mgmt-vrf",
            ip("13.13.13.13"),
            "Loopback255",
            "Loopback256");
    assertThat(get(cache(d, VPNV4, IPV4), false))
        .isEqualTo(expected("base.config.with.mgmt.vrf.txt"));
  }

  @Test
  void pathologicalDeviceIsFailedPrecondition() {
    DeviceState d =
        new DeviceState(
            "abc123",
            "",
            ip("1.2.3.4"),
            DeviceStatus.ACTIVATED,
            "",
            null,
            "",
            null,
            "",
            "",
            List.of(),
            List.of(),
            List.of(
                "no or invalid VPNv4 loopback interface found for device",
                "ISIS NET could not be generated"),
            "tst",
            10050,
            "",
            "");
    assertThatThrownBy(() -> get(cache(d, List.of(), List.of()), false))
        .isInstanceOfSatisfying(
            ConfigError.class,
            e -> assertThat(e.kind()).isEqualTo(ConfigError.Kind.FAILED_PRECONDITION))
        .hasMessage(
            "cannot render config for device abc123: [no or invalid VPNv4 loopback interface found"
                + " for device ISIS NET could not be generated]");
  }

  @Test
  void unknownEmptyAndMissingCache() {
    StateCache c = cache(tunnels(List.of()), List.of(), List.of());
    ConfigService s = new ConfigService(RENDERER, 65342, false, ConfigEvents.NONE);
    for (String key : List.of("nope", "")) {
      assertThatThrownBy(() -> s.config(c, ConfigQuery.of(key, List.of())))
          .isInstanceOfSatisfying(
              ConfigError.class, e -> assertThat(e.kind()).isEqualTo(ConfigError.Kind.NOT_FOUND))
          .hasMessage("pubkey " + key + " not found");
    }
    assertThatThrownBy(() -> s.config(null, ConfigQuery.of("abc123", List.of())))
        .isInstanceOfSatisfying(
            ConfigError.class, e -> assertThat(e.kind()).isEqualTo(ConfigError.Kind.NOT_FOUND));
  }

  @Test
  void noLocalAsnIsInternal() {
    ConfigService s = new ConfigService(RENDERER, 0, false, ConfigEvents.NONE);
    assertThatThrownBy(
            () ->
                s.config(
                    cache(tunnels(List.of()), List.of(), List.of()),
                    ConfigQuery.of("abc123", List.of())))
        .isInstanceOfSatisfying(
            ConfigError.class, e -> assertThat(e.kind()).isEqualTo(ConfigError.Kind.INTERNAL))
        .hasMessage("device local ASN not configured");
  }

  /// Reference `Test_GetConfig_DuplicateTunnelPairs_Integration`: the second tunnel with the same
  /// underlay pair is dropped entirely and counted; its overlay address, sent back by the switch,
  /// is then an unknown peer.
  @Test
  void duplicateTunnelPairsRemovedAndCounted() {
    TunnelSlot first = RenderFixtures.unicast(0, 1, true);
    TunnelSlot dup =
        new TunnelSlot(
            501,
            first.underlaySrc(),
            first.underlayDst(),
            ip("169.254.0.2"),
            ip("169.254.0.3"),
            ip("100.0.0.1"),
            null,
            true,
            false,
            1,
            true,
            List.of(),
            List.of(),
            List.of());
    List<TunnelSlot> slots =
        new ArrayList<>(List.of(first, dup, RenderFixtures.unicast(2, 1, true)));
    DeviceState d = tunnels(slots);
    StateCache c =
        new StateCache(
            NetworkV4.parse("239.0.0.0/24"),
            NetworkV4.parse("169.254.0.0/16"),
            NetworkV4.DEFAULT,
            Map.of("abc123", d),
            List.of(),
            List.of(),
            List.of(1),
            1);
    AtomicInteger removed = new AtomicInteger();
    ConfigService s =
        new ConfigService(
            RENDERER,
            65342,
            false,
            new ConfigEvents() {
              @Override
              public void duplicateTunnels(DeviceState device, int n) {
                removed.addAndGet(n);
              }
            });
    String out = s.config(c, ConfigQuery.of("abc123", List.of("169.254.0.3", "169.254.0.1")));
    assertThat(removed.get()).isEqualTo(1);
    assertThat(out)
        .contains("default interface Tunnel500\ndefault interface Tunnel502\n")
        .doesNotContain("Tunnel501")
        .doesNotContain("RM-USER-501")
        .contains("      no neighbor 169.254.0.3\n")
        .doesNotContain("no neighbor 169.254.0.1\n   !");
  }

  static List<E2eScenarios.Scenario> scenarios() {
    return E2eScenarios.all();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void endToEndWithoutRpc(E2eScenarios.Scenario s) {
    StateCache c = StateBuilder.build(ProgramSnapshot.of(s.accounts()), StateEvents.NONE);
    String got =
        new ConfigService(RENDERER, 65342, false, ConfigEvents.NONE)
            .config(c, ConfigQuery.of(E2eScenarios.DEVICE, s.peers()));
    assertThat(got)
        .isEqualTo(
            GoFixture.render(
                RenderFixtures.DIR + s.fixture(), Map.of("StartTunnel", 500, "EndTunnel", 627)));
  }
}
