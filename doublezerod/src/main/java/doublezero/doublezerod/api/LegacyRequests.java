package doublezero.doublezerod.api;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.doublezerod.reconcile.ProvisionRequest;
import doublezero.doublezerod.reconcile.Reconciler;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.UserType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// The legacy `POST /provision` and `POST /remove` (reference `internal/manager/http.go`, §D.3 and
/// corrections H.2): bodies are written literally, `{"status": "ok"}` with a space and no newline;
/// errors are `{"status": "error", "description": "malformed provision request: …"}` (400, body
/// does not parse), `… "invalid request: …"` (400, fails validation) and `… "malformed stuff: …"`
/// (400, provisioning failed).
final class LegacyRequests {
  static final String OK = "{\"status\": \"ok\"}";

  private LegacyRequests() {}

  static ApiResponse provision(Reconciler reconciler, byte[] body) {
    ProvisionRequest req;
    try {
      req = parse(body);
    } catch (IOException | RuntimeException e) {
      return error(400, "malformed provision request: " + e.getMessage());
    }
    if (req.userType() == null) {
      return error(400, "invalid request: invalid user type: Unknown");
    }
    try {
      reconciler.provision(req);
    } catch (RuntimeException e) {
      return error(400, "malformed stuff: " + e.getMessage());
    }
    return ApiResponse.raw(200, OK);
  }

  static ApiResponse remove(Reconciler reconciler, byte[] body) {
    UserType type;
    try {
      JsonNode n = ApiJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) {
        throw new IOException("EOF");
      }
      String name = n.path("user_type").asText("Unknown");
      type = ApiHandler.userType(name);
      if (type == null) {
        type = UserType.IBRL;
      }
    } catch (IOException | RuntimeException e) {
      return error(400, "malformed provision request: " + e.getMessage());
    }
    try {
      reconciler.remove(type);
    } catch (RuntimeException e) {
      return error(500, "error during tunnel removal: " + e.getMessage());
    }
    return ApiResponse.raw(200, OK);
  }

  static ApiResponse error(int status, String description) {
    return ApiResponse.raw(
        status,
        "{\"status\": \"error\", \"description\": \"" + description.replace("\"", "'") + "\"}");
  }

  static ProvisionRequest parse(byte[] body) throws IOException {
    JsonNode n = ApiJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
    if (n == null || !n.isObject()) {
      throw new IOException("EOF");
    }
    String net = n.path("tunnel_net").asText("");
    NetworkV4 tunnelNet;
    try {
      tunnelNet = NetworkV4.parse(net);
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "error parsing cider address " + net + ": invalid CIDR address: " + net);
    }
    if (tunnelNet.prefix() != 31) {
      throw new IOException("tunnel_net must be a /31, got " + net);
    }
    List<NetworkV4> prefixes = new ArrayList<>();
    for (JsonNode p : n.path("doublezero_prefixes")) {
      prefixes.add(NetworkV4.parse(p.asText()));
    }
    long local = n.path("bgp_local_asn").asLong(0);
    long remote = n.path("bgp_remote_asn").asLong(0);
    return new ProvisionRequest(
        ApiHandler.userType(n.path("user_type").asText("Unknown")),
        ip(n.get("tunnel_src")),
        ip(n.get("tunnel_dst")),
        tunnelNet,
        ip(n.get("doublezero_ip")),
        prefixes,
        ips(n.path("mcast_sub_groups")),
        ips(n.path("mcast_pub_groups")),
        local == 0 ? 65000 : local,
        remote == 0 ? 65001 : remote);
  }

  private static Ipv4Address ip(JsonNode n) {
    return n == null || n.isNull() || n.asText().isEmpty()
        ? Ipv4Address.UNSPECIFIED
        : Ipv4Address.parse(n.asText());
  }

  private static List<Ipv4Address> ips(JsonNode arr) {
    List<Ipv4Address> out = new ArrayList<>();
    arr.forEach(a -> out.add(Ipv4Address.parse(a.asText())));
    return out;
  }
}
