package doublezero.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The endpoint choice of a new tunnel (§C.3, reference `dzd_latency.rs` and `connect.rs`
/// `exclude_ips`) on fixture devices and latency records: the ranking, the endpoints a device
/// offers, the device choice with this client's existing endpoints excluded, the endpoint on the
/// chosen device, and which existing users' endpoints are excluded.
class DeviceChoiceTest {
  static final PublicKey A = key(1);
  static final PublicKey B = key(2);
  static final PublicKey C = key(3);
  static final String A_IP = "207.45.216.134";
  static final String A_LOOPBACK = "207.45.216.140";
  static final String B_IP = "195.219.120.72";
  static final String C_IP = "84.21.33.5";
  static final Ipv4Address CLIENT = ip("64.86.249.80");

  @Test
  void rankingKeepsActivatedDevicesReachableFirstThenByMeanRtt() {
    List<LatencyRecord> records =
        List.of(
            rec(A, A_IP, 9_000_000, true),
            rec(B, B_IP, 1_000_000, false),
            rec(A, A_LOOPBACK, 3_000_000, true),
            rec(C, C_IP, 500_000, true));
    Set<String> activated = Set.of(A.toBase58(), B.toBase58());

    assertThat(DeviceChoice.ranked(records, activated, false))
        .extracting(LatencyRecord::deviceIp)
        .containsExactly(A_LOOPBACK, A_IP, B_IP);
    assertThat(DeviceChoice.ranked(records, activated, true))
        .extracting(LatencyRecord::deviceIp)
        .containsExactly(A_LOOPBACK, A_IP);
  }

  @Test
  void endpointsAreThePublicIpThenFlaggedInterfacesWithAnAddress() {
    Device d =
        device(
            A_IP,
            iface("Loopback100", A_LOOPBACK + "/32", true),
            iface("Loopback101", "10.9.9.9/32", false),
            iface("Loopback102", null, true),
            iface("Ethernet7", "207.45.216.150/31", true));

    assertThat(DeviceChoice.endpoints(d))
        .containsExactly(ip(A_IP), ip(A_LOOPBACK), ip("207.45.216.150"));
  }

  @Test
  void theLowestRttEligibleDeviceWinsWhenNothingIsExcluded() {
    List<LatencyRecord> ranked =
        List.of(rec(B, B_IP, 1_000_000, true), rec(A, A_IP, 2_000_000, true));

    assertThat(DeviceChoice.best(ranked, devices(A, device(A_IP), B, device(B_IP)), List.of()))
        .isEqualTo(B);
  }

  @Test
  void aDeviceWhoseEveryEndpointIsTakenGivesWayToTheNextDevice() {
    List<LatencyRecord> ranked =
        List.of(rec(A, A_IP, 1_000_000, true), rec(B, B_IP, 4_000_000, true));
    Map<PublicKey, Device> eligible = devices(A, device(A_IP), B, device(B_IP));

    assertThat(DeviceChoice.best(ranked, eligible, List.of(ip(A_IP)))).isEqualTo(B);
  }

  @Test
  void aDeviceWithAFreeUserTunnelEndpointKeepsTheSecondTunnel() {
    List<LatencyRecord> ranked =
        List.of(
            rec(A, A_IP, 1_000_000, true),
            rec(A, A_LOOPBACK, 1_100_000, true),
            rec(B, B_IP, 4_000_000, true));
    Map<PublicKey, Device> eligible =
        devices(A, device(A_IP, iface("Loopback100", A_LOOPBACK + "/32", true)), B, device(B_IP));

    assertThat(DeviceChoice.best(ranked, eligible, List.of(ip(A_IP)))).isEqualTo(A);
    assertThat(DeviceChoice.endpoint(ranked, A, ip(A_IP), List.of(ip(A_IP))))
        .isEqualTo(ip(A_LOOPBACK));
  }

  @Test
  void aFlaggedInterfaceWithoutAnAddressIsNoEndpoint() {
    List<LatencyRecord> ranked =
        List.of(rec(A, A_IP, 1_000_000, true), rec(B, B_IP, 4_000_000, true));
    Map<PublicKey, Device> eligible =
        devices(A, device(A_IP, iface("Loopback100", null, true)), B, device(B_IP));

    assertThat(DeviceChoice.best(ranked, eligible, List.of(ip(A_IP)))).isEqualTo(B);
  }

  @Test
  void recordsOfDevicesThatAreNotEligibleAreSkipped() {
    List<LatencyRecord> ranked =
        List.of(rec(C, C_IP, 500_000, true), rec(B, B_IP, 4_000_000, true));

    assertThat(DeviceChoice.best(ranked, devices(B, device(B_IP)), List.of())).isEqualTo(B);
  }

  @Test
  void nothingLeftAfterTheExclusionOrNoEligibleDeviceIsRefused() {
    List<LatencyRecord> ranked =
        List.of(rec(A, A_IP, 1_000_000, true), rec(B, B_IP, 4_000_000, true));
    Map<PublicKey, Device> eligible = devices(A, device(A_IP), B, device(B_IP));

    assertThatThrownBy(() -> DeviceChoice.best(ranked, eligible, List.of(ip(A_IP), ip(B_IP))))
        .isInstanceOf(CliException.class)
        .hasMessage("No suitable device found after filtering");
    assertThatThrownBy(() -> DeviceChoice.best(ranked, Map.of(), List.of()))
        .isInstanceOf(CliException.class)
        .hasMessage("No suitable device found");
  }

  @Test
  void theEndpointIsTheDevicesLowestRttAddressNotExcluded() {
    List<LatencyRecord> all =
        List.of(
            rec(B, B_IP, 100_000, true),
            rec(A, A_IP, 2_000_000, true),
            rec(A, A_LOOPBACK, 1_000_000, true));

    assertThat(DeviceChoice.endpoint(all, A, ip(A_IP), List.of())).isEqualTo(ip(A_LOOPBACK));
    assertThat(DeviceChoice.endpoint(all, A, ip(A_IP), List.of(ip(A_LOOPBACK))))
        .isEqualTo(ip(A_IP));
  }

  @Test
  void withoutAFreeProbedAddressThePublicIpThenTheProgramsChoice() {
    List<LatencyRecord> all = List.of(rec(A, A_LOOPBACK, 1_000_000, true));

    assertThat(DeviceChoice.endpoint(all, A, ip(A_IP), List.of(ip(A_LOOPBACK))))
        .isEqualTo(ip(A_IP));
    assertThat(DeviceChoice.endpoint(all, A, ip(A_IP), List.of(ip(A_LOOPBACK), ip(A_IP))))
        .isEqualTo(Ipv4Address.UNSPECIFIED);
  }

  @Test
  void theExcludedEndpointsAreThoseOfThisClientsUsersWithATunnel() {
    Map<PublicKey, Device> devices = devices(A, device(A_IP), B, device(B_IP));
    List<Keyed<User>> users =
        List.of(
            user(1, CLIENT, UserType.IBRL, A, 501, Ipv4Address.UNSPECIFIED),
            user(2, CLIENT, UserType.MULTICAST, B, 502, ip("195.219.120.80")),
            user(3, ip("64.86.249.81"), UserType.IBRL, B, 503, Ipv4Address.UNSPECIFIED),
            user(4, CLIENT, UserType.IBRL_WITH_ALLOCATED_IP, B, 0, ip(B_IP)));

    assertThat(DaemonFlow.excludeIps(users, CLIENT, devices))
        .containsExactly(ip(A_IP), ip("195.219.120.80"));
  }

  @Test
  void anExistingTunnelOnAnUnknownDeviceWithoutAnEndpointExcludesNothing() {
    List<Keyed<User>> users =
        List.of(user(1, CLIENT, UserType.IBRL, C, 501, Ipv4Address.UNSPECIFIED));

    assertThat(DaemonFlow.excludeIps(users, CLIENT, devices(A, device(A_IP)))).isEmpty();
  }

  static LatencyRecord rec(PublicKey device, String ip, long avgNs, boolean reachable) {
    return new LatencyRecord(
        device.toBase58(), "dev", ip, avgNs - 100_000, avgNs + 100_000, avgNs, reachable);
  }

  static Map<PublicKey, Device> devices(Object... keysAndDevices) {
    Map<PublicKey, Device> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndDevices.length; i += 2) {
      out.put((PublicKey) keysAndDevices[i], (Device) keysAndDevices[i + 1]);
    }
    return out;
  }

  static Device device(String publicIp, Interface... interfaces) {
    return new Device(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        DeviceType.HYBRID,
        ip(publicIp),
        DeviceStatus.ACTIVATED,
        "dev",
        List.of(NetworkV4.parse("100.0.0.0/29")),
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        "default",
        Arrays.asList(interfaces),
        0,
        0,
        128,
        DeviceHealth.READY_FOR_USERS,
        DeviceDesiredStatus.ACTIVATED,
        0,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  static InterfaceV2 iface(String name, String ipNet, boolean userTunnelEndpoint) {
    return new InterfaceV2(
        InterfaceStatus.ACTIVATED,
        name,
        InterfaceType.LOOPBACK,
        InterfaceCyoa.NONE,
        InterfaceDia.NONE,
        LoopbackType.NONE,
        0,
        0,
        InterfaceV2.DEFAULT_MTU,
        RoutingMode.STATIC,
        0,
        ipNet == null ? NetworkV4.DEFAULT : NetworkV4.parse(ipNet),
        0,
        userTunnelEndpoint);
  }

  static Keyed<User> user(
      int n, Ipv4Address client, UserType type, PublicKey device, int tunnelId, Ipv4Address end) {
    return new Keyed<>(
        key(100 + n),
        new User(
            PublicKey.DEFAULT,
            U128.ZERO,
            255,
            type,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            client,
            client,
            tunnelId,
            tunnelId == 0 ? NetworkV4.DEFAULT : NetworkV4.parse("169.254.0.0/31"),
            tunnelId == 0 ? UserStatus.PENDING : UserStatus.ACTIVATED,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            end));
  }

  static PublicKey key(int n) {
    byte[] b = new byte[PublicKey.BYTES];
    b[0] = (byte) n;
    return PublicKey.of(b);
  }

  static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }
}
