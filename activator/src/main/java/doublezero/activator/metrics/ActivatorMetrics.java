package doublezero.activator.metrics;

import doublezero.activator.allocation.DevicePools;
import doublezero.activator.handling.HandlerContext;
import doublezero.activator.handling.Transition;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.PublicKey;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;

/// The activator's Prometheus metrics, named as the reference's
/// (`activator/src/activator_metrics.rs`, `processor.rs`; `activator-controller-agent.md` §A.11),
/// each activator with its own registry: `doublezero_activator_build_info` (gauge 1),
/// `doublezero_activator_event_handled` and `doublezero_activator_state_transition` (monotonic, by
/// `state_transition` and the subject's `device_pubkey` / `link_pubkey` / `user_pubkey`, the
/// reference's hyphenated label keys sanitised as its exporter does) and
/// `doublezero_activator_device_assigned_ips` / `doublezero_activator_device_total_ips` (gauges per
/// device). The two monotonic series are registered as gauges only incremented: the Java client
/// appends `_total` to every counter's name, while the reference's Rust exporter exposes them under
/// these exact names, which dashboards and alerts query.
public final class ActivatorMetrics implements AutoCloseable {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Gauge events =
      Gauge.builder()
          .name("doublezero_activator_event_handled")
          .help("account events handled, ignored ones included")
          .register(registry);
  private final Gauge transitions =
      Gauge.builder()
          .name("doublezero_activator_state_transition")
          .help("state transitions the activator made")
          .labelNames("state_transition", "device_pubkey", "link_pubkey", "user_pubkey")
          .register(registry);
  private final Gauge assigned =
      Gauge.builder()
          .name("doublezero_activator_device_assigned_ips")
          .help("dz_ips in use on the device")
          .labelNames(
              "device_pk",
              "code",
              "location",
              "location_code",
              "location_country",
              "exchange",
              "exchange_code")
          .register(registry);
  private final Gauge total =
      Gauge.builder()
          .name("doublezero_activator_device_total_ips")
          .help("dz_ips the device's dz_prefixes hold")
          .labelNames(
              "device_pk",
              "code",
              "location",
              "location_code",
              "location_country",
              "exchange",
              "exchange_code")
          .register(registry);
  private final Gauge pools =
      Gauge.builder()
          .name("doublezero_activator_pool_assigned")
          .help("addresses or ids in use per pool (not in the reference)")
          .labelNames("pool")
          .register(registry);
  private HTTPServer server;

  /// Registers the build info gauge.
  ///
  /// @param version the activator version
  public ActivatorMetrics(String version) {
    Gauge.builder()
        .name("doublezero_activator_build_info")
        .help("build information")
        .labelNames("version", "commit", "date", "pkg_version", "program_version")
        .register(registry)
        .labelValues(version, "unknown", "unknown", version, "0.12.0")
        .set(1);
  }

  /// Serves `/metrics` on `address`.
  ///
  /// @throws IOException when the address cannot be bound
  public void serve(InetSocketAddress address) throws IOException {
    server =
        HTTPServer.builder()
            .inetAddress(address.getAddress())
            .port(address.getPort())
            .registry(registry)
            .buildAndStart();
  }

  /// @return the bound port, or -1 when not serving
  public int port() {
    return server == null ? -1 : server.getPort();
  }

  /// @return the registry (tests read it)
  public PrometheusRegistry registry() {
    return registry;
  }

  /// Counts one handled event.
  public void eventHandled() {
    events.inc();
  }

  /// Counts one state transition of `subject`, whose key goes into the pubkey label the transition
  /// names.
  public void transition(Transition transition, PublicKey subject) {
    String pk = subject.toBase58();
    String device = "";
    String link = "";
    String user = "";
    switch (transition.subject()) {
      case DEVICE -> device = pk;
      case LINK -> link = pk;
      case USER -> user = pk;
      case NONE -> {}
    }
    transitions.labelValues(transition.label(), device, link, user).inc();
  }

  /// Sets the per-device dz_ip gauges from the pools.
  public void devicePools(HandlerContext c) {
    poolUsage(c);
    for (PublicKey pk : c.pools().devices()) {
      DevicePools dp = c.pools().device(pk);
      Device d = dp.device();
      Optional<Location> loc = c.view().get(d.locationPk(), Location.class);
      Optional<Exchange> ex = c.view().get(d.exchangePk(), Exchange.class);
      String[] labels = {
        pk.toBase58(),
        d.code(),
        d.locationPk().toBase58(),
        loc.map(Location::code).orElse(""),
        loc.map(Location::country).orElse(""),
        d.exchangePk().toBase58(),
        ex.map(Exchange::code).orElse("")
      };
      assigned.labelValues(labels).set(dp.assignedDzIps());
      total.labelValues(labels).set(dp.totalDzIps());
    }
  }

  /// Sets `doublezero_activator_pool_assigned` from the pools (tunnel ids summed over devices).
  public void poolUsage(HandlerContext c) {
    var p = c.pools();
    pools.labelValues("device_tunnel_block").set(p.linkIps.assignedCount());
    pools.labelValues("user_tunnel_block").set(p.userTunnelIps.assignedCount());
    pools.labelValues("multicast_publisher_block").set(p.publisherIps.assignedCount());
    pools.labelValues("multicastgroup_block").set(p.multicastGroupIps.assignedCount());
    pools.labelValues("link_ids").set(p.linkIds.assignedCount());
    pools.labelValues("segment_routing_ids").set(p.segmentRoutingIds.assignedCount());
    pools
        .labelValues("tunnel_ids")
        .set(p.devices().stream().mapToInt(d -> p.device(d).assignedTunnelIds()).sum());
  }

  /// Stops the endpoint, if any.
  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
