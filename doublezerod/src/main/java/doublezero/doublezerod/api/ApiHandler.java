package doublezero.doublezerod.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.doublezerod.chain.CachingChainSource;
import doublezero.doublezerod.chain.ProgramData;
import doublezero.doublezerod.latency.LatencyProber;
import doublezero.doublezerod.latency.LatencyResult;
import doublezero.doublezerod.reconcile.Reconciler;
import doublezero.doublezerod.reconcile.ServiceView;
import doublezero.doublezerod.routes.RouteTable;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.UserType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The routes of the daemon's HTTP API (reference `internal/runtime/run.go` mux,
/// `internal/manager/http.go`, `internal/api`, §D.3), as a pure function from method, path and body
/// to a response; [ApiServer] carries it over the Unix socket. Unknown paths answer Go's `404 page
/// not found`, a known path with another method `Method Not Allowed` (405).
public final class ApiHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
  private static final String NO_SERVICE =
      "[{\"doublezero_status\": {\"session_status\": \"disconnected\"}}]";
  private final DaemonInfo info;
  private final Reconciler reconciler;
  private final CachingChainSource chain;
  private final Optional<LatencyProber> latency;
  private final RouteTable routes;

  /// @param info what the daemon reports about itself
  /// @param reconciler the reconciler (services, enable/disable, legacy provision/remove)
  /// @param chain the caching chain source (status enrichment, stale age)
  /// @param latency the prober, empty when latency probing is off (then `/latency` does not exist)
  /// @param routes the kernel route view
  public ApiHandler(
      DaemonInfo info,
      Reconciler reconciler,
      CachingChainSource chain,
      Optional<LatencyProber> latency,
      RouteTable routes) {
    this.info = info;
    this.reconciler = reconciler;
    this.chain = chain;
    this.latency = latency;
    this.routes = routes;
  }

  /// @param method the HTTP method
  /// @param path the request path (query ignored)
  /// @param body the request body (empty when none)
  /// @return the response
  public ApiResponse handle(String method, String path, byte[] body) {
    String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String want =
        switch (p) {
          case "/config", "/status", "/v2/status", "/routes" -> "GET";
          case "/latency" -> latency.isPresent() ? "GET" : null;
          case "/enable", "/disable", "/provision", "/remove", "/resolve-route" -> "POST";
          default -> null;
        };
    if (want == null) {
      return ApiResponse.text(404, "404 page not found");
    }
    if (!want.equals(method)) {
      return ApiResponse.text(405, "Method Not Allowed");
    }
    return switch (p) {
      case "/config" -> config();
      case "/status" -> status();
      case "/v2/status" -> v2Status();
      case "/routes" -> routes();
      case "/latency" ->
          ApiResponse.json(200, ApiJson.encode(ApiJson.latency(latency.orElseThrow().results())));
      case "/enable" -> toggle(true);
      case "/disable" -> toggle(false);
      case "/provision" -> LegacyRequests.provision(reconciler, body);
      case "/remove" -> LegacyRequests.remove(reconciler, body);
      case "/resolve-route" -> resolveRoute(body);
      default -> ApiResponse.text(404, "404 page not found");
    };
  }

  private ApiResponse config() {
    ObjectNode o = ApiJson.MAPPER.createObjectNode();
    o.put("program_id", info.programId().toBase58());
    o.put("rpc_url", info.rpcUrl());
    return ApiResponse.json(200, ApiJson.encode(o));
  }

  private ApiResponse status() {
    List<ServiceView> services = reconciler.services();
    if (services.isEmpty()) {
      return ApiResponse.json(200, NO_SERVICE);
    }
    ArrayNode arr = ApiJson.MAPPER.createArrayNode();
    services.forEach(s -> ApiJson.status(arr.addObject(), s));
    return ApiResponse.json(200, ApiJson.encode(arr));
  }

  private ApiResponse v2Status() {
    List<ServiceView> services = reconciler.services();
    ObjectNode o = ApiJson.MAPPER.createObjectNode();
    o.put("reconciler_enabled", reconciler.enabled());
    o.put("client_ip", info.clientIp().toString());
    o.put("network", info.network());
    ArrayNode arr = o.putArray("services");
    Optional<ProgramData> data = Optional.empty();
    if (!services.isEmpty()) {
      try {
        data = Optional.of(chain.fetch());
      } catch (RuntimeException e) {
        LOG.atWarn()
            .addKeyValue("error", String.valueOf(e.getMessage()))
            .log("v2/status: failed to fetch program data for enrichment");
      }
    }
    List<LatencyResult> results = latency.map(LatencyProber::results).orElse(List.of());
    for (ServiceView s : services) {
      ObjectNode so = ApiJson.status(arr.addObject(), s);
      StatusEnrichment.Enriched e =
          data.map(d -> StatusEnrichment.of(d, s, results)).orElse(StatusEnrichment.Enriched.NONE);
      so.put("current_device", e.currentDevice());
      so.put("lowest_latency_device", e.lowestLatencyDevice());
      so.put("metro", e.metro());
      so.put("tenant", e.tenant());
    }
    chain.staleAge().ifPresent(age -> o.put("onchain_stale_age_seconds", age.toSeconds()));
    return ApiResponse.json(200, ApiJson.encode(o));
  }

  private ApiResponse toggle(boolean on) {
    try {
      if (on) {
        reconciler.enable();
      } else {
        reconciler.disable();
      }
    } catch (RuntimeException e) {
      ObjectNode o = ApiJson.MAPPER.createObjectNode();
      o.put("description", String.valueOf(e.getMessage()));
      o.put("status", "error");
      return ApiResponse.json(500, ApiJson.encode(o));
    }
    return ApiResponse.json(200, "{\"status\":\"ok\"}\n");
  }

  private ApiResponse routes() {
    try {
      return ApiResponse.json(
          200,
          ApiJson.encode(
              RouteListing.of(info.network(), reconciler.services(), routes.bgpRoutes())));
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("error", String.valueOf(e.getMessage()))
          .log("routes: failed to get routes");
      return ApiResponse.text(500, "failed to get routes");
    }
  }

  private ApiResponse resolveRoute(byte[] body) {
    Ipv4Address dst;
    try {
      JsonNode n = ApiJson.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
      if (n == null || !n.isObject()) {
        return ApiResponse.text(400, "malformed request");
      }
      JsonNode d = n.get("dst");
      if (d == null || d.isNull()) {
        return ApiResponse.text(400, "invalid request");
      }
      dst = Ipv4Address.parse(d.asText());
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return ApiResponse.text(400, "malformed request");
    }
    try {
      Optional<Ipv4Address> src = routes.sourceTowards(dst);
      if (src.isEmpty()) {
        return ApiResponse.text(404, "route not found");
      }
      ObjectNode o = ApiJson.MAPPER.createObjectNode();
      o.put("src", src.get().toString());
      return new ApiResponse(
          200, ApiResponse.TEXT, ApiJson.encode(o).getBytes(StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      return ApiResponse.text(500, "failed to resolve route");
    }
  }

  static UserType userType(String name) {
    for (UserType t : UserType.values()) {
      if (t.variantName().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
