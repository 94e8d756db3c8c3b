package doublezero.controller.state;

import static doublezero.controller.state.Accounts.at;
import static doublezero.controller.state.Accounts.config;
import static doublezero.controller.state.Accounts.device;
import static doublezero.controller.state.Accounts.exchange;
import static doublezero.controller.state.Accounts.group;
import static doublezero.controller.state.Accounts.link;
import static doublezero.controller.state.Accounts.loopback;
import static doublezero.controller.state.Accounts.physical;
import static doublezero.controller.state.Accounts.pk;
import static doublezero.controller.state.Accounts.user;

import doublezero.controller.device.IsisNet;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The reference e2e topology of §D as account records: device under test `ny5-dz01` (exchange
/// xewr, community 10001, mgmt VRF `mgmt`) with Ethernet2 (40 ms), Ethernet4 (30 ms, override 500
/// ms), Ethernet5 (soft-drained), Ethernet6 (8 ms, hard-drained), Vlan4001 (30 ms),
/// Loopback255/256; peers in RPC order ty2, ld4, la2, sg1, ams, frk, pit. Builds the accounts of
/// each walkthrough state and the data the `doublezero_agent_config_*.tmpl` fixtures are rendered
/// with.
public final class Ny5Topology {
  /// ny5-dz01's account.
  public static final PublicKey NY5 = pk(1);

  static final String[] PEERS = {
    "ty2-dz01", "ld4-dz01", "la2-dz01", "sg1-dz01", "ams-dz001", "frk-dz01", "pit-dzd01"
  };
  static final String DEVICE_IP = "9.128.0.10";
  static final String CLIENT_IP = "9.128.2.20";
  static final String ALLOCATED_IP = "9.128.0.137";
  static final String PUBLISHER_CLIENT = "9.128.2.21";
  static final String SUBSCRIBER_CLIENT = "9.128.2.22";
  static final String PUBLISHER_IP = "148.51.120.1";

  /// A walkthrough state.
  public enum State {
    USER_ADDED,
    ALLOCATED_USER_ADDED,
    USER_REMOVED,
    PEER_REMOVED,
    DRAINED,
    MULTICAST_ADDED
  }

  private Ny5Topology() {}

  private static List<Interface> ny5Interfaces() {
    return List.of(
        physical("Ethernet2", "172.16.0.100/31", 2048, 0),
        physical("Ethernet4", "172.16.0.102/31", 2048, 0),
        physical("Ethernet5", "172.16.0.104/31", 2048, 0),
        physical("Ethernet6", "172.16.0.106/31", 2048, 0),
        loopback("Loopback255", LoopbackType.VPNV4, "172.16.0.1/32", 1),
        loopback("Loopback256", LoopbackType.IPV4, "172.16.0.2/32", 0),
        physical("Vlan4001", "172.16.0.108/31", 2048, 0));
  }

  /// @param state the walkthrough state
  /// @return its accounts in RPC order
  public static List<DecodedAccount<? extends ServiceabilityAccount>> accounts(State state) {
    List<DecodedAccount<? extends ServiceabilityAccount>> a = new ArrayList<>();
    a.add(at(pk(200), config("172.16.0.0/16", "169.254.0.0/16", "233.84.178.0/24")));
    a.add(at(pk(150), exchange("xewr", 10001)));
    DeviceStatus status = state == State.DRAINED ? DeviceStatus.DRAINED : DeviceStatus.ACTIVATED;
    Device ny5 = device("ny5-dz01", DEVICE_IP, pk(150), status, ny5Interfaces());
    a.add(
        at(
            NY5,
            new Device(
                ny5.owner(),
                ny5.index(),
                ny5.bumpSeed(),
                ny5.locationPk(),
                ny5.exchangePk(),
                ny5.deviceType(),
                ny5.publicIp(),
                ny5.status(),
                ny5.code(),
                ny5.dzPrefixes(),
                ny5.metricsPublisherPk(),
                ny5.contributorPk(),
                "mgmt",
                ny5.interfaces(),
                0,
                0,
                128,
                ny5.deviceHealth(),
                ny5.desiredStatus(),
                0,
                0,
                0,
                0,
                0,
                0,
                0)));
    for (int i = 0; i < PEERS.length; i++) {
      a.add(at(pk(151 + i), exchange("x" + i, 10002 + i)));
      boolean pitGone = i == 6 && (state == State.PEER_REMOVED || state == State.DRAINED);
      List<Interface> ifaces = new ArrayList<>();
      if (!pitGone) {
        ifaces.add(
            loopback("Loopback255", LoopbackType.VPNV4, "172.16.0." + (11 + 2 * i) + "/32", 2 + i));
      }
      ifaces.add(loopback("Loopback256", LoopbackType.IPV4, "172.16.0." + (12 + 2 * i) + "/32", 0));
      a.add(
          at(
              pk(10 + i),
              device(
                  PEERS[i], "9.128.1." + (10 + i), pk(151 + i), DeviceStatus.ACTIVATED, ifaces)));
    }
    a.add(
        at(
            pk(40),
            link(
                pk(12), "Ethernet2", NY5, "Ethernet2", 40_000_000, 0, LinkStatus.ACTIVATED, 2048)));
    a.add(
        at(
            pk(41),
            link(
                NY5,
                "Ethernet4",
                pk(11),
                "Ethernet4",
                30_000_000,
                500_000_000,
                LinkStatus.ACTIVATED,
                2048)));
    a.add(
        at(
            pk(42),
            link(
                NY5,
                "Ethernet5",
                pk(13),
                "Ethernet5",
                20_000_000,
                0,
                LinkStatus.SOFT_DRAINED,
                2048)));
    a.add(
        at(
            pk(43),
            link(
                NY5,
                "Ethernet6",
                pk(14),
                "Ethernet6",
                8_000_000,
                0,
                LinkStatus.HARD_DRAINED,
                2048)));
    a.add(
        at(
            pk(44),
            link(pk(15), "Vlan4001", NY5, "Vlan4001", 30_000_000, 0, LinkStatus.ACTIVATED, 2048)));
    a.add(at(pk(60), group("233.84.178.0")));
    a.add(at(pk(61), group("233.84.178.1")));
    switch (state) {
      case USER_ADDED ->
          a.add(at(pk(100), Accounts.ibrl(NY5, CLIENT_IP, CLIENT_IP, 500, "169.254.0.0/31")));
      case ALLOCATED_USER_ADDED ->
          a.add(
              at(
                  pk(100),
                  user(
                      UserType.IBRL_WITH_ALLOCATED_IP,
                      NY5,
                      CLIENT_IP,
                      ALLOCATED_IP,
                      500,
                      "169.254.0.0/31",
                      List.of(),
                      List.of(),
                      PublicKey.DEFAULT,
                      "0.0.0.0")));
      case MULTICAST_ADDED -> {
        a.add(
            at(
                pk(100),
                user(
                    UserType.MULTICAST,
                    NY5,
                    PUBLISHER_CLIENT,
                    PUBLISHER_IP,
                    500,
                    "169.254.0.0/31",
                    List.of(),
                    List.of(pk(60), pk(61)),
                    PublicKey.DEFAULT,
                    "0.0.0.0")));
        a.add(
            at(
                pk(101),
                user(
                    UserType.MULTICAST,
                    NY5,
                    SUBSCRIBER_CLIENT,
                    SUBSCRIBER_CLIENT,
                    501,
                    "169.254.0.2/31",
                    List.of(pk(60), pk(61)),
                    List.of(),
                    PublicKey.DEFAULT,
                    "0.0.0.0")));
      }
      case USER_REMOVED, PEER_REMOVED, DRAINED -> {}
    }
    return a;
  }

  /// @return the fixture data (`BuildAgentConfigData` + the tests' extras)
  public static Map<String, Object> fixtureData() {
    Map<String, Object> d = new HashMap<>();
    d.put("StartTunnel", 500);
    d.put("EndTunnel", 627);
    d.put("Loopback255IP", "172.16.0.1/32");
    d.put("Loopback255IPOnly", "172.16.0.1");
    d.put("Loopback256IP", "172.16.0.2/32");
    d.put("NodeSegmentIndex", 1);
    d.put("ISISNet", IsisNet.of(Ipv4Address.parse("172.16.0.1")));
    d.put("Ethernet2IP", "172.16.0.100/31");
    d.put("Ethernet4IP", "172.16.0.102/31");
    d.put("Ethernet5IP", "172.16.0.104/31");
    d.put("Ethernet6IP", "172.16.0.106/31");
    d.put("Vlan4001IP", "172.16.0.108/31");
    Map<String, String> vpnv4 = new LinkedHashMap<>();
    Map<String, String> ipv4 = new LinkedHashMap<>();
    for (int i = 0; i < PEERS.length; i++) {
      vpnv4.put(PEERS[i], "172.16.0." + (11 + 2 * i));
      ipv4.put(PEERS[i], "172.16.0." + (12 + 2 * i));
    }
    d.put("PeerVpnv4", vpnv4);
    d.put("PeerIpv4", ipv4);
    d.put("DeviceIP", DEVICE_IP);
    d.put("ClientIP", CLIENT_IP);
    d.put("ExpectedAllocatedClientIP", ALLOCATED_IP);
    d.put("PublisherTunnelNum", 500);
    d.put("SubscriberTunnelNum", 501);
    d.put("PublisherTunnelDeviceIP", "169.254.0.0/31");
    d.put("SubscriberTunnelDeviceIP", "169.254.0.2/31");
    d.put("PublisherTunnelBGPNeighbor", "169.254.0.1");
    d.put("SubscriberTunnelBGPNeighbor", "169.254.0.3");
    d.put("PublisherClientIP", PUBLISHER_CLIENT);
    d.put("SubscriberClientIP", SUBSCRIBER_CLIENT);
    d.put("ExpectedAllocatedPublisherIP", PUBLISHER_IP);
    return d;
  }
}
