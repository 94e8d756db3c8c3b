package doublezero.controller.state;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceState;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/// Builds the [StateCache] from one [ProgramSnapshot], every rule of reference
/// `server.go::updateStateCache` (§B.5). Pure: no I/O; what the reference logs goes to
/// [StateEvents].
public final class StateBuilder {
  /// Exchange BGP communities outside this range make a device pathological.
  static final int MIN_COMMUNITY = 10000;

  static final int MAX_COMMUNITY = 10999;

  private StateBuilder() {}

  /// @param snap the program's accounts
  /// @param events receives pathologies, skipped interfaces/users and link metrics
  /// @return the new cache
  /// @throws EmptyStateException when the snapshot has no device (the caller keeps its old cache)
  public static StateCache build(ProgramSnapshot snap, StateEvents events) {
    if (snap.devices().isEmpty()) {
      throw new EmptyStateException("0 devices found on-chain");
    }
    Map<PublicKey, Contributor> contributors = byKey(snap.contributors());
    Map<PublicKey, Exchange> exchanges = byKey(snap.exchanges());
    Map<PublicKey, Location> locations = byKey(snap.locations());
    Map<PublicKey, DeviceDraft> drafts = new LinkedHashMap<>();
    List<BgpPeer> vpnv4 = new ArrayList<>();
    List<BgpPeer> ipv4 = new ArrayList<>();
    Map<LinkMetrics.Side, DecodedAccount<Link>> links = LinkMetrics.index(snap.links());
    for (DecodedAccount<Device> a : snap.devices()) {
      DeviceDraft d = draft(a, contributors, exchanges, locations, events);
      d.pathologies.forEach(p -> events.pathology(d.pubkey, p));
      drafts.put(a.address(), d);
      if (!d.pathologies.isEmpty()) {
        continue;
      }
      vpnv4.add(d.vpnv4Candidate);
      ipv4.add(d.ipv4Candidate);
      d.interfaces = LinkMetrics.apply(a.address(), d.code, d.interfaces, links, events);
    }
    Map<PublicKey, Tenant> tenants = byKey(snap.tenants());
    TreeSet<Integer> vrfs = new TreeSet<>();
    vrfs.add(1);
    snap.tenants().forEach(t -> vrfs.add(t.state().vrfId()));
    Map<PublicKey, MulticastGroup> groups = byKey(snap.multicastGroups());
    UserTunnels.place(snap.users(), drafts, groups, tenants, events);
    Map<String, DeviceState> devices = new HashMap<>();
    drafts.forEach((k, d) -> devices.put(d.pubkey, d.build()));
    GlobalConfig c = snap.config();
    return new StateCache(
        c == null ? NetworkV4.DEFAULT : c.multicastgroupBlock(),
        c == null ? NetworkV4.DEFAULT : c.userTunnelBlock(),
        c == null ? NetworkV4.DEFAULT : c.deviceTunnelBlock(),
        devices,
        vpnv4,
        ipv4,
        List.copyOf(vrfs),
        snap.devices().size() + snap.users().size() + snap.links().size());
  }

  private static DeviceDraft draft(
      DecodedAccount<Device> a,
      Map<PublicKey, Contributor> contributors,
      Map<PublicKey, Exchange> exchanges,
      Map<PublicKey, Location> locations,
      StateEvents events) {
    Device dev = a.state();
    String key = a.address().toBase58();
    DeviceDraft d = new DeviceDraft(key, dev.code(), dev.publicIp(), dev.status(), dev.mgmtVrf());
    Contributor c = contributors.get(dev.contributorPk());
    if (c != null) {
      d.contributorCode = c.code();
    }
    Exchange e = exchanges.get(dev.exchangePk());
    if (e != null) {
      d.exchangeCode = e.code();
      d.bgpCommunity = e.bgpCommunity();
      if (e.bgpCommunity() < MIN_COMMUNITY || e.bgpCommunity() > MAX_COMMUNITY) {
        d.pathologies.add(
            "exchange BGP community "
                + e.bgpCommunity()
                + " is out of valid range ("
                + MIN_COMMUNITY
                + "-"
                + MAX_COMMUNITY
                + ")");
      }
    }
    Location l = locations.get(dev.locationPk());
    if (l != null) {
      d.locationCode = l.code();
    }
    d.interfaces = InterfaceConversion.convert(key, dev.interfaces(), events);
    d.findLoopbacks();
    d.checkPathologies();
    return d;
  }

  /// Last account wins for a repeated key, as in the reference's maps.
  private static <T> Map<PublicKey, T> byKey(List<DecodedAccount<T>> accounts) {
    Map<PublicKey, T> out = new HashMap<>();
    accounts.forEach(a -> out.put(a.address(), a.state()));
    return out;
  }
}
