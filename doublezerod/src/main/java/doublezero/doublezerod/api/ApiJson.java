package doublezero.doublezerod.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.doublezerod.latency.LatencyResult;
import doublezero.doublezerod.reconcile.ProvisionRequest;
import doublezero.doublezerod.reconcile.ServiceView;
import doublezero.sdk.net.Ipv4Address;
import java.util.List;

/// The API's JSON shapes with the reference's key order (`internal/api`,
/// `internal/manager/http.go`, §D.3). Go's encoder ends each document with a newline; [#encode]
/// does the same.
final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  static String encode(Object node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /// StatusResponse: tunnel_name, tunnel_src, tunnel_dst, doublezero_ip, doublezero_status,
  /// user_type.
  static ObjectNode status(ObjectNode o, ServiceView s) {
    ProvisionRequest r = s.request();
    o.put("tunnel_name", s.tunnelName());
    o.put("tunnel_src", ip(r.tunnelSrc()));
    o.put("tunnel_dst", ip(r.tunnelDst()));
    o.put("doublezero_ip", ip(shownDzIp(r)));
    ObjectNode st = o.putObject("doublezero_status");
    st.put("session_status", s.session().status().toString());
    st.put("last_session_update", s.session().lastUpdateSeconds());
    o.put("user_type", r.userType().variantName());
    return o;
  }

  /// The dz_ip a service reports: a multicast service carries one only when it publishes (reference
  /// `MulticastService.DoubleZeroAddr`, set in the publisher branch of `Setup`), so a subscriber
  /// shows none (fixture `multicast/doublezero_status_connected_subscriber.tmpl`), whatever the
  /// user's dz_ip on chain.
  static Ipv4Address shownDzIp(ProvisionRequest r) {
    return r.unicast() || !r.mcastPub().isEmpty() ? r.dzIp() : Ipv4Address.UNSPECIFIED;
  }

  static ArrayNode latency(List<LatencyResult> results) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (LatencyResult r : results) {
      ObjectNode o = arr.addObject();
      o.put("device_pk", r.target().devicePk().toBase58());
      o.put("device_ip", r.target().ip().toString());
      o.put("device_code", r.target().deviceCode());
      o.put("min_latency_ns", r.minNanos());
      o.put("max_latency_ns", r.maxNanos());
      o.put("avg_latency_ns", r.avgNanos());
      double loss = r.lossPercentage();
      if (loss == Math.rint(loss)) {
        o.put("loss_percentage", (long) loss);
      } else {
        o.put("loss_percentage", loss);
      }
      r.target().interfaceName().ifPresent(n -> o.put("interface_name", n));
      o.put("reachable", r.reachable());
    }
    return arr;
  }

  /// An unset address (0.0.0.0) encodes as `""`, as Go's nil `net.IP` does.
  static String ip(Ipv4Address a) {
    return a == null || a.isUnspecified() ? "" : a.toString();
  }
}
