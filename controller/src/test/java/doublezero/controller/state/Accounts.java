package doublezero.controller.state;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// SDK account records for controller tests, shaped like the reference's Go test fixtures
/// (`server_test.go`): addresses such as `[32]byte{1}` are [#pk(int)].
public final class Accounts {
  private Accounts() {}

  /// @param first the first byte (the rest are 0), e.g. 1 →
  ///   `4uQeVj5tqViQh7yWWGStvkEG1Zmhx6uasJtWCJziofM`
  /// @return the key
  public static PublicKey pk(int first) {
    byte[] b = new byte[32];
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  static Ipv4Address ip(String s) {
    return Ipv4Address.parse(s);
  }

  public static <T extends ServiceabilityAccount> DecodedAccount<T> at(PublicKey key, T state) {
    return new DecodedAccount<>(key, 1_000_000, state);
  }

  public static GlobalConfig config(String deviceBlock, String userBlock, String groupBlock) {
    return new GlobalConfig(
        PublicKey.DEFAULT,
        255,
        0,
        0,
        NetworkV4.parse(deviceBlock),
        NetworkV4.parse(userBlock),
        NetworkV4.parse(groupBlock),
        0,
        NetworkV4.DEFAULT);
  }

  public static Interface loopback(String name, LoopbackType type, String net, int sr) {
    return iface(name, InterfaceType.LOOPBACK, type, net, 0, 0, sr, InterfaceCyoa.NONE);
  }

  public static Interface physical(String name, String net, int mtu, int vlan) {
    return iface(
        name, InterfaceType.PHYSICAL, LoopbackType.NONE, net, mtu, vlan, 0, InterfaceCyoa.NONE);
  }

  public static Interface iface(
      String name,
      InterfaceType type,
      LoopbackType lt,
      String net,
      int mtu,
      int vlan,
      int sr,
      InterfaceCyoa cyoa) {
    return new InterfaceV2(
        InterfaceStatus.ACTIVATED,
        name,
        type,
        cyoa,
        InterfaceDia.NONE,
        lt,
        0,
        0,
        mtu,
        RoutingMode.STATIC,
        vlan,
        NetworkV4.parse(net),
        sr,
        false);
  }

  public static Device device(
      String code,
      String publicIp,
      PublicKey exchange,
      DeviceStatus status,
      List<Interface> interfaces) {
    return new Device(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        PublicKey.DEFAULT,
        exchange,
        DeviceType.HYBRID,
        ip(publicIp),
        status,
        code,
        List.of(),
        PublicKey.DEFAULT,
        PublicKey.DEFAULT,
        "",
        interfaces,
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

  public static Link link(
      PublicKey a,
      String ifaceA,
      PublicKey z,
      String ifaceZ,
      long delayNs,
      long overrideNs,
      LinkStatus status,
      long mtu) {
    return new Link(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        a,
        z,
        LinkLinkType.WAN,
        10_000_000_000L,
        mtu,
        delayNs,
        0,
        0,
        NetworkV4.DEFAULT,
        status,
        ifaceA + ":" + ifaceZ,
        PublicKey.DEFAULT,
        ifaceA,
        ifaceZ,
        overrideNs,
        LinkHealth.READY_FOR_SERVICE,
        LinkDesiredStatus.ACTIVATED);
  }

  public static User user(
      UserType type,
      PublicKey device,
      String client,
      String dz,
      int tunnelId,
      String tunnelNet,
      List<PublicKey> subscribers,
      List<PublicKey> publishers,
      PublicKey tenant,
      String endpoint) {
    return new User(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        type,
        tenant,
        device,
        UserCyoa.GRE_OVER_DIA,
        ip(client),
        ip(dz),
        tunnelId,
        NetworkV4.parse(tunnelNet),
        UserStatus.ACTIVATED,
        publishers,
        subscribers,
        PublicKey.DEFAULT,
        ip(endpoint));
  }

  public static User ibrl(
      PublicKey device, String client, String dz, int tunnelId, String tunnelNet) {
    return user(
        UserType.IBRL,
        device,
        client,
        dz,
        tunnelId,
        tunnelNet,
        List.of(),
        List.of(),
        PublicKey.DEFAULT,
        "0.0.0.0");
  }

  public static MulticastGroup group(String ip) {
    return new MulticastGroup(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        PublicKey.DEFAULT,
        ip(ip),
        0,
        MulticastGroupStatus.ACTIVATED,
        "mg",
        0,
        0);
  }

  public static Exchange exchange(String code, int community) {
    return new Exchange(
        PublicKey.DEFAULT,
        U128.ZERO,
        255,
        0,
        0,
        community,
        0,
        ExchangeStatus.ACTIVATED,
        code,
        code,
        0,
        PublicKey.DEFAULT,
        PublicKey.DEFAULT);
  }

  public static Tenant tenant(int vrf, boolean metro) {
    return new Tenant(
        PublicKey.DEFAULT,
        255,
        "t" + vrf,
        vrf,
        0,
        List.of(),
        TenantPaymentStatus.PAID,
        PublicKey.DEFAULT,
        metro,
        false,
        TenantBillingConfig.DEFAULT);
  }
}
