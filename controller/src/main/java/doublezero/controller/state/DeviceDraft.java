package doublezero.controller.state;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.IsisNet;
import doublezero.controller.device.TunnelSlot;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.DeviceStatus;
import java.util.ArrayList;
import java.util.List;

/// A device while the state cache is being built: slots are filled by users afterwards (reference
/// `models.go` `NewDevice`, `server.go::processDeviceInterfacesAndPeers`, §B.5 rules 1–4).
final class DeviceDraft {
  /// First user tunnel interface number (reference `config/constants.go` `StartUserTunnelNum`).
  static final int FIRST_TUNNEL = 500;

  /// Number of user tunnel slots (`MaxUserTunnelSlots`): Tunnel500 … Tunnel627.
  static final int TUNNEL_SLOTS = 128;

  final String pubkey;
  final String code;
  final Ipv4Address publicIp;
  final DeviceStatus status;
  final String mgmtVrf;
  String exchangeCode = "unknown";
  int bgpCommunity;
  String contributorCode = "unknown";
  String locationCode = "unknown";
  List<DeviceInterface> interfaces = List.of();
  Ipv4Address vpnv4Loopback;
  String vpnv4LoopbackName = "";
  Ipv4Address ipv4Loopback;
  String ipv4LoopbackName = "";
  String isisNet = "";
  BgpPeer vpnv4Candidate;
  BgpPeer ipv4Candidate;
  final List<String> pathologies = new ArrayList<>();
  final TunnelSlot[] slots = new TunnelSlot[TUNNEL_SLOTS];

  DeviceDraft(
      String pubkey, String code, Ipv4Address publicIp, DeviceStatus status, String mgmtVrf) {
    this.pubkey = pubkey;
    this.code = code;
    this.publicIp = publicIp;
    this.status = status;
    this.mgmtVrf = mgmtVrf;
    for (int k = 0; k < TUNNEL_SLOTS; k++) {
      slots[k] = TunnelSlot.unallocated(FIRST_TUNNEL + k);
    }
  }

  /// Loopbacks in sorted interface order; the last VPNv4 / IPv4 one wins. An address-less loopback
  /// clears the address but, as in the reference, leaves an ISIS NET derived from an earlier one.
  void findLoopbacks() {
    for (DeviceInterface i : interfaces) {
      if (i.isVpnv4Loopback()) {
        vpnv4Loopback = i.hasIp() ? i.ip().ip() : null;
        vpnv4LoopbackName = i.name();
        if (vpnv4Loopback != null) {
          isisNet = IsisNet.of(vpnv4Loopback);
        }
        vpnv4Candidate = vpnv4Loopback == null ? null : new BgpPeer(vpnv4Loopback, code);
      } else if (i.isIpv4Loopback()) {
        ipv4Loopback = i.hasIp() ? i.ip().ip() : null;
        ipv4LoopbackName = i.name();
        ipv4Candidate = ipv4Loopback == null ? null : new BgpPeer(ipv4Loopback, code);
      }
    }
  }

  /// Appends the loopback/NET/community pathologies in the reference's order (after the exchange
  /// range check).
  void checkPathologies() {
    if (vpnv4Loopback == null) {
      pathologies.add("no or invalid VPNv4 loopback interface found for device");
    }
    if (ipv4Loopback == null) {
      pathologies.add("no or invalid IPv4 loopback interface found for device");
    }
    if (vpnv4Loopback != null && vpnv4Loopback.isUnspecified()) {
      pathologies.add("VPNv4 loopback interface is unassigned (0.0.0.0)");
    }
    if (ipv4Loopback != null && ipv4Loopback.isUnspecified()) {
      pathologies.add("IPv4 loopback interface is unassigned (0.0.0.0)");
    }
    if (isisNet.isEmpty()) {
      pathologies.add("ISIS NET could not be generated");
    }
    if (bgpCommunity == 0) {
      pathologies.add("device exchange bgp_community=0");
    }
  }

  /// @param id a tunnel id
  /// @return the slot index, or -1 when the device has no such slot
  static int slotIndex(int id) {
    int k = id - FIRST_TUNNEL;
    return k >= 0 && k < TUNNEL_SLOTS ? k : -1;
  }

  DeviceState build() {
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
        List.of(slots),
        pathologies,
        exchangeCode,
        bgpCommunity,
        contributorCode,
        locationCode);
  }
}
