package doublezero.activator.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Start-up recovery: every account that holds a resource reserves it, whatever its status, and
/// duplicates already on chain are reported (issue 6, beyond the reference's Activated-only
/// recovery, §A.12 quirk 1).
class NetworkPoolsTest {
  static final PublicKey DEV = Keypair.generate().publicKey();
  static final NetworkV4 D = NetworkV4.DEFAULT;

  static GlobalConfig config(NetworkV4 deviceBlock) {
    return new GlobalConfig(
        PublicKey.DEFAULT,
        255,
        65000,
        65001,
        deviceBlock,
        NetworkV4.parse("169.254.0.0/24"),
        NetworkV4.parse("233.84.178.0/24"),
        10000,
        NetworkV4.parse("148.51.120.0/21"));
  }

  static Device device(String prefix) {
    return new Device(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        DeviceType.HYBRID,
        Ipv4Address.parse("207.45.216.134"),
        DeviceStatus.ACTIVATED,
        "la2-dz01",
        List.of(NetworkV4.parse(prefix)),
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        "",
        List.of(),
        0,
        0,
        128,
        DeviceHealth.defaultVariant(),
        DeviceDesiredStatus.defaultVariant(),
        0,
        0,
        0,
        0,
        0,
        0,
        0);
  }

  static Link link(LinkStatus status, int tunnelId, String tunnelNet) {
    return new Link(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        DEV,
        DEV,
        LinkLinkType.WAN,
        10_000_000_000L,
        9000,
        40_000_000,
        3_000_000,
        tunnelId,
        NetworkV4.parse(tunnelNet),
        status,
        "l",
        PublicKey.DEFAULT,
        "Ethernet1",
        "Ethernet1",
        0,
        LinkHealth.defaultVariant(),
        LinkDesiredStatus.defaultVariant());
  }

  static User user(
      UserStatus status, String clientIp, String dzIp, int tunnelId, String tunnelNet) {
    return new User(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        UserType.IBRL_WITH_ALLOCATED_IP,
        PublicKey.DEFAULT,
        DEV,
        UserCyoa.GRE_OVER_DIA,
        Ipv4Address.parse(clientIp),
        Ipv4Address.parse(dzIp),
        tunnelId,
        NetworkV4.parse(tunnelNet),
        status,
        List.of(),
        List.of(),
        PublicKey.DEFAULT,
        Ipv4Address.UNSPECIFIED);
  }

  @Test
  void refusesAnUnsetBlockNamingIt() {
    assertThatThrownBy(() -> new NetworkPools(config(D)))
        .hasMessageContaining("device_tunnel_block");
  }

  @Test
  void resourcesHeldInAnyStatusAreNotHandedOutAgain() {
    NetworkPools p =
        NetworkPools.rebuild(
            config(NetworkV4.parse("172.16.0.0/24")),
            Map.of(DEV, device("100.0.0.0/29")),
            Map.of(
                Keypair.generate().publicKey(), link(LinkStatus.SOFT_DRAINED, 0, "172.16.0.0/31")),
            Map.of(
                Keypair.generate().publicKey(),
                user(UserStatus.UPDATING, "8.8.8.8", "100.0.0.1", 500, "169.254.0.0/31"),
                Keypair.generate().publicKey(),
                user(UserStatus.OUT_OF_CREDITS, "8.8.8.9", "100.0.0.2", 501, "169.254.0.2/31")),
            Map.of());
    assertThat(p.conflicts()).isEmpty();
    assertThat(p.linkIds.next()).hasValue(1);
    assertThat(p.linkIps.nextBlock(0, 2)).hasValue(NetworkV4.parse("172.16.0.2/31"));
    assertThat(p.userTunnelIps.nextBlock(0, 2)).hasValue(NetworkV4.parse("169.254.0.4/31"));
    DevicePools d = p.device(DEV);
    assertThat(d.nextTunnelId()).hasValue(502);
    assertThat(d.nextDzIp()).hasValue(Ipv4Address.parse("100.0.0.3"));
    d.release(Ipv4Address.parse("100.0.0.1"), 500);
    assertThat(d.nextTunnelId()).hasValue(500);
    assertThat(d.nextDzIp()).hasValue(Ipv4Address.parse("100.0.0.1"));
  }

  @Test
  void duplicatesAlreadyOnChainAreReported() {
    NetworkPools p =
        NetworkPools.rebuild(
            config(NetworkV4.parse("172.16.0.0/24")),
            Map.of(DEV, device("100.0.0.0/29")),
            Map.of(),
            Map.of(
                Keypair.generate().publicKey(),
                user(UserStatus.ACTIVATED, "8.8.8.8", "100.0.0.1", 500, "169.254.0.0/31"),
                Keypair.generate().publicKey(),
                user(UserStatus.ACTIVATED, "8.8.8.9", "100.0.0.1", 500, "169.254.0.0/31")),
            Map.of());
    assertThat(p.conflicts()).hasSize(2);
  }

  @Test
  void dzIpsSurviveAPrefixChangeWhenStillInside() {
    DevicePools d = new DevicePools(device("100.0.0.0/29"));
    assertThat(d.register(Ipv4Address.parse("100.0.0.1"), 500)).isTrue();
    Device wider =
        new Device(
            PublicKey.DEFAULT,
            U128.ZERO,
            255,
            PublicKey.DEFAULT,
            PublicKey.DEFAULT,
            DeviceType.HYBRID,
            Ipv4Address.parse("207.45.216.134"),
            DeviceStatus.ACTIVATED,
            "la2-dz01",
            List.of(NetworkV4.parse("100.0.0.0/28")),
            PublicKey.DEFAULT,
            PublicKey.DEFAULT,
            "",
            List.of(),
            0,
            0,
            128,
            DeviceHealth.defaultVariant(),
            DeviceDesiredStatus.defaultVariant(),
            0,
            0,
            0,
            0,
            0,
            0,
            0);
    d.update(wider);
    assertThat(d.nextDzIp()).hasValue(Ipv4Address.parse("100.0.0.2"));
    assertThat(d.assignedDzIps()).isEqualTo(2);
  }
}
