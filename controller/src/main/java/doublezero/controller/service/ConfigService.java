package doublezero.controller.service;

import doublezero.controller.device.BgpPeer;
import doublezero.controller.device.DeviceState;
import doublezero.controller.device.TunnelSlot;
import doublezero.controller.metrics.ConfigEvents;
import doublezero.controller.render.ConfigRenderer;
import doublezero.controller.render.RenderException;
import doublezero.controller.render.RenderInput;
import doublezero.controller.state.StateCache;
import doublezero.sdk.net.Ipv4Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/// The GetConfig processing of reference `server.go::GetConfig` (§B.6), independent of gRPC: lookup
/// and pathology refusal, duplicate tunnel removal (reference #1054/#3058), unknown BGP peers, the
/// lone-own-loopback MSDP rule, local ASN, rendering. Thread-safe.
public final class ConfigService {
  private final ConfigRenderer renderer;
  private final long localAsn;
  private final boolean noHardware;
  private final ConfigEvents events;

  /// @param renderer the template
  /// @param localAsn the device local ASN (0 = not configured: every request fails with INTERNAL)
  /// @param noHardware omit hardware-only commands
  /// @param events metrics sink
  public ConfigService(
      ConfigRenderer renderer, long localAsn, boolean noHardware, ConfigEvents events) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.localAsn = localAsn;
    this.noHardware = noHardware;
    this.events = Objects.requireNonNull(events, "events");
  }

  /// @param cache the current state (null before the first refresh: every key is unknown)
  /// @param request the agent's request
  /// @return the configuration text
  /// @throws ConfigError NOT_FOUND, FAILED_PRECONDITION, INTERNAL or ABORTED with the reference's
  ///   message
  public String config(StateCache cache, ConfigQuery request) {
    String pubkey = request.pubkey();
    DeviceState device = cache == null ? null : cache.devices().get(pubkey);
    if (device == null) {
      events.unknownPubkey(pubkey);
      throw new ConfigError(ConfigError.Kind.NOT_FOUND, "pubkey " + pubkey + " not found");
    }
    if (!device.pathologies().isEmpty()) {
      throw new ConfigError(
          ConfigError.Kind.FAILED_PRECONDITION,
          "cannot render config for device "
              + pubkey
              + ": ["
              + String.join(" ", device.pathologies())
              + "]");
    }
    DeviceState render = device.withTunnels(deduplicate(device));
    events.served(device, request.agentVersion(), request.agentCommit(), request.agentDate());
    List<Ipv4Address> unknown = unknownPeers(cache, render, request.bgpPeers());
    List<BgpPeer> ipv4Peers = cache.ipv4Peers();
    if (ipv4Peers.size() == 1 && ipv4Peers.getFirst().ip().equals(render.ipv4Loopback())) {
      ipv4Peers = List.of();
    }
    if (localAsn == 0) {
      events.renderError(pubkey);
      throw new ConfigError(ConfigError.Kind.INTERNAL, "device local ASN not configured");
    }
    RenderInput in =
        new RenderInput(
            render,
            cache.vpnv4Peers(),
            ipv4Peers,
            unknown,
            cache.multicastGroupBlock().toString(),
            noHardware,
            RenderInput.TWAMP_LISTEN_PORT,
            localAsn,
            cache.unicastVrfs());
    try {
      return renderer.render(in);
    } catch (RenderException e) {
      events.renderError(pubkey);
      throw new ConfigError(
          ConfigError.Kind.ABORTED,
          "config rendering for pubkey " + pubkey + " failed: " + e.getMessage());
    }
  }

  /// Keeps the first allocated tunnel of each (underlay source, destination) pair; unallocated
  /// slots stay.
  private List<TunnelSlot> deduplicate(DeviceState device) {
    Set<String> seen = new HashSet<>();
    List<TunnelSlot> out = new ArrayList<>(device.tunnels().size());
    int removed = 0;
    for (TunnelSlot t : device.tunnels()) {
      if (!t.allocated() || seen.add(t.underlaySrc() + ":" + t.underlayDst())) {
        out.add(t);
      } else {
        removed++;
      }
    }
    if (removed > 0) {
      events.duplicateTunnels(device, removed);
    }
    return out;
  }

  /// Neighbours on the switch that DoubleZero assigned (inside the user or device tunnel block) but
  /// that are no longer a tunnel's client side nor an iBGP peer, in request order (reference #225).
  private static List<Ipv4Address> unknownPeers(
      StateCache cache, DeviceState device, List<String> peers) {
    Set<Ipv4Address> known = new HashSet<>();
    device
        .tunnels()
        .forEach(
            t -> {
              if (t.overlayDst() != null) {
                known.add(t.overlayDst());
              }
            });
    cache.vpnv4Peers().forEach(p -> known.add(p.ip()));
    cache.ipv4Peers().forEach(p -> known.add(p.ip()));
    List<Ipv4Address> out = new ArrayList<>();
    for (String text : peers) {
      Ipv4Address ip = PeerAddress.parse(text);
      if (ip == null || known.contains(ip)) {
        continue;
      }
      if (cache.userTunnelBlock().contains(ip) || cache.deviceTunnelBlock().contains(ip)) {
        out.add(ip);
      }
    }
    return out;
  }
}
