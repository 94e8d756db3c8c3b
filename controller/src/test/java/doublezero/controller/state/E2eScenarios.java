package doublezero.controller.state;

import static doublezero.controller.state.Accounts.at;
import static doublezero.controller.state.Accounts.config;
import static doublezero.controller.state.Accounts.device;
import static doublezero.controller.state.Accounts.exchange;
import static doublezero.controller.state.Accounts.group;
import static doublezero.controller.state.Accounts.ibrl;
import static doublezero.controller.state.Accounts.link;
import static doublezero.controller.state.Accounts.loopback;
import static doublezero.controller.state.Accounts.physical;
import static doublezero.controller.state.Accounts.pk;
import static doublezero.controller.state.Accounts.tenant;
import static doublezero.controller.state.Accounts.user;

import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// The four cases of the reference's `server_test.go::TestEndToEnd` (§B.10): the accounts the mock
/// RPC returned, the agent's request and the fixture its GetConfig must equal. Account addresses
/// are `[32]byte{n}` as there.
public final class E2eScenarios {
  /// The device under test, `[32]byte{1}`.
  public static final String DEVICE = "4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM";

  /// One scenario.
  ///
  /// @param name the reference's subtest name
  /// @param accounts accounts in RPC order
  /// @param peers the request's bgp_peers
  /// @param fixture the expected config's fixture file
  public record Scenario(
      String name,
      List<DecodedAccount<? extends ServiceabilityAccount>> accounts,
      List<String> peers,
      String fixture) {
    @Override
    public String toString() {
      return name;
    }
  }

  /// The multicast group and the exchange live at `{51}` / `{52}` instead of the reference's `{1}`
  /// / `{2}`, which collide with devices on one ledger; no address appears in the configuration.
  static final PublicKey GROUP = pk(51);

  static final PublicKey EXCHANGE = pk(52);

  private E2eScenarios() {}

  /// @return every scenario
  public static List<Scenario> all() {
    return List.of(fetchAndRender(), removeUnknownPeers(), removeLastUser(), tenantVrfs());
  }

  private static List<Interface> loopbacks() {
    return List.of(
        loopback("Loopback255", LoopbackType.VPNV4, "14.14.14.14/32", 101),
        loopback("Loopback256", LoopbackType.IPV4, "12.12.12.12/32", 0));
  }

  private static DecodedAccount<? extends ServiceabilityAccount> abc01(List<Interface> interfaces) {
    return at(pk(1), device("abc01", "2.2.2.2", EXCHANGE, DeviceStatus.ACTIVATED, interfaces));
  }

  private static List<DecodedAccount<? extends ServiceabilityAccount>> base(
      String deviceBlock, String userBlock) {
    List<DecodedAccount<? extends ServiceabilityAccount>> a = new ArrayList<>();
    a.add(at(pk(200), config(deviceBlock, userBlock, "239.0.0.0/24")));
    a.add(at(EXCHANGE, exchange("tst", 10050)));
    return a;
  }

  private static List<DecodedAccount<? extends ServiceabilityAccount>> twoUsers() {
    return List.of(
        at(pk(101), ibrl(pk(1), "1.1.1.1", "147.100.100.100", 500, "169.254.0.0/31")),
        at(
            pk(102),
            user(
                UserType.MULTICAST,
                pk(1),
                "3.3.3.3",
                "147.100.100.101",
                501,
                "169.254.0.2/31",
                List.of(GROUP),
                List.of(),
                PublicKey.DEFAULT,
                "0.0.0.0")));
  }

  static Scenario fetchAndRender() {
    var a = base("0.0.0.0/0", "0.0.0.0/0");
    a.add(at(GROUP, group("239.0.0.1")));
    a.addAll(twoUsers());
    List<Interface> ifaces = new ArrayList<>(loopbacks());
    ifaces.add(physical("Switch1/1/1", "172.16.0.0/31", 2048, 0));
    ifaces.add(physical("Switch1/1/2.100", "172.16.0.2/31", 2048, 100));
    ifaces.add(physical("Switch1/1/3", "172.16.0.4/31", 2048, 0));
    a.add(abc01(ifaces));
    a.add(
        at(
            pk(31),
            link(
                pk(1),
                "Switch1/1/1",
                pk(2),
                "Switch1/1/1",
                400_000_000,
                0,
                LinkStatus.ACTIVATED,
                2048)));
    a.add(
        at(
            pk(32),
            link(
                pk(1),
                "Switch1/1/2.100",
                pk(2),
                "Switch1/1/2.100",
                1000,
                0,
                LinkStatus.ACTIVATED,
                2048)));
    a.add(
        at(
            pk(33),
            link(
                pk(1),
                "Switch1/1/3",
                pk(2),
                "Switch1/1/3",
                1000,
                50_000,
                LinkStatus.ACTIVATED,
                2048)));
    return new Scenario("fetch_accounts_and_render_config_successfully", a, List.of(), "e2e.tmpl");
  }

  static Scenario removeUnknownPeers() {
    var a = base("172.16.0.0/16", "169.254.0.0/16");
    a.add(at(GROUP, group("239.0.0.1")));
    a.addAll(twoUsers());
    a.add(abc01(loopbacks()));
    a.addAll(pathologicalPeers());
    return new Scenario(
        "remove_unknown_peers_successfully",
        a,
        List.of("10.0.0.1", "172.17.0.1", "172.16.0.1", "169.254.0.7", "169.254.0.3"),
        "e2e.peer.removal.tmpl");
  }

  /// abc02 with only a VPNv4 loopback and abc03 with only an IPv4 one: both pathological, so
  /// neither becomes a peer.
  private static List<DecodedAccount<? extends ServiceabilityAccount>> pathologicalPeers() {
    return List.of(
        at(
            pk(2),
            device(
                "abc02",
                "22.22.22.22",
                PublicKey.DEFAULT,
                DeviceStatus.ACTIVATED,
                List.of(loopback("Loopback255", LoopbackType.VPNV4, "114.114.114.114/32", 0)))),
        at(
            pk(3),
            device(
                "abc03",
                "23.23.23.23",
                PublicKey.DEFAULT,
                DeviceStatus.ACTIVATED,
                List.of(loopback("Loopback256", LoopbackType.IPV4, "124.124.124.124/32", 0)))));
  }

  /// The reference's former `TestEndToEnd/base_config_without_interfaces_and_peers` (last at
  /// `698a9ffaf^:controlplane/controller/internal/controller/server_test.go:1351-1430`, removed
  /// when `-enable-interfaces-and-peers` became a no-op): abc01 with its two loopbacks, abc02 and
  /// abc03, no users, no links, a request without peers. Its fixture
  /// `e2e.without.interfaces.peers.tmpl` was rendered with that flag off and is stale at v0.12.0
  /// (not in [#all()]).
  ///
  /// @return the scenario
  public static Scenario withoutInterfacesAndPeers() {
    var a = base("172.16.0.0/16", "169.254.0.0/16");
    a.add(abc01(loopbacks()));
    a.addAll(pathologicalPeers());
    return new Scenario(
        "base_config_without_interfaces_and_peers",
        a,
        List.of(),
        "e2e.without.interfaces.peers.tmpl");
  }

  static Scenario removeLastUser() {
    var a = base("172.16.0.0/16", "169.254.0.0/16");
    a.add(abc01(loopbacks()));
    return new Scenario(
        "remove_last_user_from_device",
        a,
        List.of("10.0.0.1", "172.16.0.1", "169.254.0.13"),
        "e2e.last.user.tmpl");
  }

  static Scenario tenantVrfs() {
    var a = base("0.0.0.0/0", "0.0.0.0/0");
    a.add(at(GROUP, group("239.0.0.1")));
    a.add(at(pk(10), tenant(1, true)));
    a.add(at(pk(20), tenant(2, true)));
    a.add(
        at(
            pk(101),
            user(
                UserType.IBRL,
                pk(1),
                "1.1.1.1",
                "147.100.100.100",
                500,
                "169.254.0.0/31",
                List.of(),
                List.of(),
                pk(10),
                "0.0.0.0")));
    a.add(
        at(
            pk(102),
            user(
                UserType.IBRL,
                pk(1),
                "2.2.2.2",
                "147.100.100.101",
                501,
                "169.254.0.2/31",
                List.of(),
                List.of(),
                pk(20),
                "0.0.0.0")));
    a.add(abc01(loopbacks()));
    return new Scenario("tenant_vrf_end_to_end", a, List.of(), "e2e.multi.vrf.tmpl");
  }
}
