package doublezero.controller.state;

import doublezero.controller.device.DeviceInterface;
import doublezero.controller.device.InterfaceKind;
import doublezero.controller.device.LoopbackRole;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceV1;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// On-chain interfaces → the controller's interfaces (reference `models.go::toInterface`,
/// `GetParent`, `server.go` `processDeviceInterfacesAndPeers`, §B.5 rule 2).
final class InterfaceConversion {
  private static final Pattern SUB_INTERFACE = Pattern.compile("^(.+)\\.(\\d+)$");

  /// Go compares strings byte-wise (UTF-8), not by UTF-16 unit.
  static final Comparator<DeviceInterface> BY_NAME =
      (a, b) ->
          Arrays.compareUnsigned(
              a.name().getBytes(StandardCharsets.UTF_8), b.name().getBytes(StandardCharsets.UTF_8));

  private InterfaceConversion() {}

  /// @param devicePubkey for events
  /// @param onChain the device's interfaces
  /// @param events receives skipped interfaces
  /// @return the interfaces plus one synthetic parent per sub-interface, sorted by name (stable)
  static List<DeviceInterface> convert(
      String devicePubkey, List<Interface> onChain, StateEvents events) {
    List<DeviceInterface> out = new ArrayList<>();
    for (Interface raw : onChain) {
      String problem = problem(raw);
      if (problem != null) {
        events.interfaceSkipped(devicePubkey, raw.name(), problem);
        continue;
      }
      DeviceInterface i = convert(raw);
      if (i.subInterface()) {
        Matcher m = SUB_INTERFACE.matcher(i.name());
        m.matches();
        out.add(
            new DeviceInterface(
                m.group(1),
                0,
                null,
                0,
                i.mtu(),
                false,
                true,
                i.kind(),
                i.loopbackRole(),
                0,
                false,
                LinkStatus.PENDING,
                false,
                false));
      }
      out.add(i);
    }
    out.sort(BY_NAME);
    return out;
  }

  private static String problem(Interface raw) {
    if (raw instanceof InterfaceV1 v1 && isZero(v1)) {
      return "serviceability interface cannot be nil";
    }
    if (raw.loopbackType() != LoopbackType.VPNV4 && raw.nodeSegmentIdx() != 0) {
      return "node segment cannot be defined on non-vpnv4 loopbacks";
    }
    return null;
  }

  /// The reference skips an interface equal to Go's zero value; only a version-1 interface can be.
  private static boolean isZero(InterfaceV1 v) {
    return v.status().wireValue() == 0
        && v.name().isEmpty()
        && v.interfaceType().wireValue() == 0
        && v.loopbackType().wireValue() == 0
        && v.vlanId() == 0
        && v.ipNet().equals(NetworkV4.DEFAULT)
        && v.nodeSegmentIdx() == 0
        && !v.userTunnelEndpoint();
  }

  private static DeviceInterface convert(Interface raw) {
    NetworkV4 ip = raw.ipNet().equals(NetworkV4.DEFAULT) ? null : raw.ipNet();
    InterfaceKind kind =
        switch (raw.interfaceType()) {
          case LOOPBACK -> InterfaceKind.LOOPBACK;
          case PHYSICAL -> InterfaceKind.PHYSICAL;
          case INVALID -> InterfaceKind.UNKNOWN;
        };
    LoopbackRole role =
        switch (raw.loopbackType()) {
          case VPNV4 -> LoopbackRole.VPNV4;
          case IPV4 -> LoopbackRole.IPV4;
          case NONE, PIM_RP_ADDR -> LoopbackRole.OTHER;
        };
    // The reference's Go SDK reads no MTU/CYOA/DIA from a version-1 interface: they stay 0 / None.
    int mtu = 0;
    boolean cyoa = false;
    boolean dia = false;
    if (raw instanceof InterfaceV2 v2) {
      mtu = v2.mtu();
      cyoa = v2.interfaceCyoa() != InterfaceCyoa.NONE;
      dia = v2.interfaceDia() != InterfaceDia.NONE;
    }
    return new DeviceInterface(
        raw.name(),
        raw.vlanId(),
        ip,
        raw.nodeSegmentIdx(),
        mtu,
        SUB_INTERFACE.matcher(raw.name()).matches(),
        false,
        kind,
        role,
        0,
        false,
        LinkStatus.PENDING,
        cyoa,
        dia);
  }
}
