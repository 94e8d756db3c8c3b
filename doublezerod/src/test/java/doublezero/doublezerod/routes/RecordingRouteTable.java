package doublezero.doublezerod.routes;

import doublezero.sdk.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// A [RouteTable] without a kernel: serves the routes a test puts in [#routes], answers every route
/// lookup with one source address, and records edge-filtering calls (`add RULES` / `remove RULES`).
public final class RecordingRouteTable implements RouteTable {
  private final Ipv4Address source;
  private final List<KernelRoute> routes = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();

  /// @param source what [#sourceTowards] answers
  public RecordingRouteTable(Ipv4Address source) {
    this.source = source;
  }

  /// @return the routes [#bgpRoutes] serves (mutable)
  public synchronized List<KernelRoute> routes() {
    return routes;
  }

  @Override
  public synchronized List<KernelRoute> bgpRoutes() {
    return List.copyOf(routes);
  }

  @Override
  public Optional<Ipv4Address> sourceTowards(Ipv4Address dst) {
    return Optional.of(source);
  }

  @Override
  public synchronized void addEdgeFiltering(EdgeFilteringRules rules) {
    calls.add("add " + rules);
  }

  @Override
  public synchronized void removeEdgeFiltering(EdgeFilteringRules rules) {
    calls.add("remove " + rules);
  }

  /// @return the edge-filtering calls so far
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }
}
