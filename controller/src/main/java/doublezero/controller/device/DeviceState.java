package doublezero.controller.device;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.DeviceStatus;
import java.util.List;
import java.util.Objects;

/// Everything the controller knows about one device, built from chain state each refresh (reference
/// `models.go` `Device`, §B.5). Immutable; [TunnelSlot]s are in slot order, interfaces sorted by
/// name byte-wise.
///
/// @param pubkey device account, base58
/// @param code device code, e.g. `ny5-dz01`
/// @param publicIp public (CYOA) address
/// @param status on-chain status (Drained changes the rendering)
/// @param mgmtVrf management VRF name, empty for none
/// @param vpnv4Loopback the VPNv4 loopback address, null when the device has none
/// @param vpnv4LoopbackName its interface name, empty when none
/// @param ipv4Loopback the IPv4 loopback address, null when none
/// @param ipv4LoopbackName its interface name, empty when none
/// @param isisNet `49.0000.xxxx.xxxx.0000.00` from the VPNv4 loopback, empty when none
/// @param interfaces interfaces, sorted by name
/// @param tunnels the user tunnel slots
/// @param pathologies reasons the device cannot be rendered, in the reference's order (empty =
///   healthy)
/// @param exchangeCode exchange code (`unknown` when the exchange is missing)
/// @param bgpCommunity the exchange's BGP community (0 when missing)
/// @param contributorCode contributor code for metric labels (`unknown` when missing)
/// @param locationCode location code for metric labels (`unknown` when missing)
public record DeviceState(
    String pubkey,
    String code,
    Ipv4Address publicIp,
    DeviceStatus status,
    String mgmtVrf,
    Ipv4Address vpnv4Loopback,
    String vpnv4LoopbackName,
    Ipv4Address ipv4Loopback,
    String ipv4LoopbackName,
    String isisNet,
    List<DeviceInterface> interfaces,
    List<TunnelSlot> tunnels,
    List<String> pathologies,
    String exchangeCode,
    int bgpCommunity,
    String contributorCode,
    String locationCode) {

  /// Copies the lists; null strings are not allowed.
  public DeviceState {
    Objects.requireNonNull(pubkey, "pubkey");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(mgmtVrf, "mgmtVrf");
    Objects.requireNonNull(vpnv4LoopbackName, "vpnv4LoopbackName");
    Objects.requireNonNull(ipv4LoopbackName, "ipv4LoopbackName");
    Objects.requireNonNull(isisNet, "isisNet");
    interfaces = List.copyOf(interfaces);
    tunnels = List.copyOf(tunnels);
    pathologies = List.copyOf(pathologies);
    Objects.requireNonNull(exchangeCode, "exchangeCode");
    Objects.requireNonNull(contributorCode, "contributorCode");
    Objects.requireNonNull(locationCode, "locationCode");
  }

  /// @param newTunnels replacement slots (e.g. after duplicate removal)
  /// @return a copy with those slots
  public DeviceState withTunnels(List<TunnelSlot> newTunnels) {
    return new DeviceState(
        pubkey,
        code,
        publicIp,
        status,
        mgmtVrf,
        vpnv4Loopback,
        vpnv4LoopbackName,
        ipv4Loopback,
        ipv4LoopbackName,
        isisNet,
        interfaces,
        newTunnels,
        pathologies,
        exchangeCode,
        bgpCommunity,
        contributorCode,
        locationCode);
  }

  /// @return whether the device is Drained (user neighbours shut, ISIS overload bit)
  public boolean drained() {
    return status == DeviceStatus.DRAINED;
  }
}
