package doublezero.localnet.programs.serviceability.deviceinterface;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceType;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;

/// A mutable copy of an interface in its current version (`into_current_version()` then
/// `to_interface()`: whatever was stored, the processors write it back as [InterfaceV2]).
final class InterfaceDraft {
  InterfaceStatus status;
  String name;
  InterfaceType interfaceType;
  InterfaceCyoa interfaceCyoa;
  InterfaceDia interfaceDia;
  LoopbackType loopbackType;
  long bandwidth;
  long cir;
  int mtu;
  RoutingMode routingMode;
  int vlanId;
  NetworkV4 ipNet;
  int nodeSegmentIdx;
  boolean userTunnelEndpoint;

  static InterfaceDraft of(Interface value) {
    InterfaceV2 i = value.toCurrentVersion();
    InterfaceDraft d = new InterfaceDraft();
    d.status = i.status();
    d.name = i.name();
    d.interfaceType = i.interfaceType();
    d.interfaceCyoa = i.interfaceCyoa();
    d.interfaceDia = i.interfaceDia();
    d.loopbackType = i.loopbackType();
    d.bandwidth = i.bandwidth();
    d.cir = i.cir();
    d.mtu = i.mtu();
    d.routingMode = i.routingMode();
    d.vlanId = i.vlanId();
    d.ipNet = i.ipNet();
    d.nodeSegmentIdx = i.nodeSegmentIdx();
    d.userTunnelEndpoint = i.userTunnelEndpoint();
    return d;
  }

  InterfaceV2 build() {
    return new InterfaceV2(
        status,
        name,
        interfaceType,
        interfaceCyoa,
        interfaceDia,
        loopbackType,
        bandwidth,
        cir,
        mtu,
        routingMode,
        vlanId,
        ipNet,
        nodeSegmentIdx,
        userTunnelEndpoint);
  }
}
