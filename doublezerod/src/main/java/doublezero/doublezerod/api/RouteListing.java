package doublezero.doublezerod.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.doublezerod.reconcile.ServiceView;
import doublezero.doublezerod.routes.KernelRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// `/routes` (reference `internal/api/routes.go`, §D.3): the kernel's bgp routes whose source is a
/// service's dz_ip and whose gateway is that service's device overlay address, as `{"network":
/// <moniker>, "local_ip": <src>, "peer_ip": <dst address>, "kernel_state": "present"}`, sorted by
/// network, local_ip, peer_ip, kernel_state. Liveness fields are absent until the liveness manager
/// is wired.
final class RouteListing {
  private RouteListing() {}

  record Row(String network, String localIp, String peerIp, String kernelState) {}

  static ArrayNode of(String moniker, List<ServiceView> services, List<KernelRoute> kernel) {
    List<Row> rows = new ArrayList<>();
    for (ServiceView s : services) {
      for (KernelRoute r : kernel) {
        if (r.src().equals(s.request().dzIp())
            && r.gateway().equals(s.request().tunnelNet().network())) {
          rows.add(new Row(moniker, r.src().toString(), r.dst().ip().toString(), "present"));
        }
      }
    }
    rows.sort(
        Comparator.comparing(Row::network)
            .thenComparing(Row::localIp)
            .thenComparing(Row::peerIp)
            .thenComparing(Row::kernelState));
    ArrayNode arr = ApiJson.MAPPER.createArrayNode();
    for (Row r : rows) {
      ObjectNode o = arr.addObject();
      o.put("network", r.network());
      o.put("local_ip", r.localIp());
      o.put("peer_ip", r.peerIp());
      o.put("kernel_state", r.kernelState());
    }
    return arr;
  }
}
