package doublezero.telemetry.internet.ripeatlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.telemetry.internet.exchange.Haversine;
import doublezero.telemetry.internet.exchange.Site;
import doublezero.telemetry.internet.provider.ProviderException;
import doublezero.telemetry.internet.provider.ProviderHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// The RIPE Atlas REST API v2 calls the collector makes (reference `internal/ripeatlas/client.go`,
/// `reference/telemetry-geolocation.md` §C and §H.2). List endpoints are paginated: `next` is the
/// absolute URL of the following page, or null.
final class RipeAtlasApi {
  private final ProviderHttp http;

  RipeAtlasApi(ProviderHttp http) {
    this.http = http;
  }

  /// A connected anchor probe.
  record Probe(long id, String addressV4, double latitude, double longitude) {}

  /// `GET /probes/?radius=lat,lng:60&status_name=Connected&is_anchor=true`, all pages; probes
  /// without a public IPv4 address are left out (reference `filterValidProbes`).
  List<Probe> probesNear(Site site) {
    String path =
        String.format(
            Locale.ROOT,
            "/probes/?radius=%.6f,%.6f:%d&status_name=Connected&is_anchor=true",
            site.latitude(),
            site.longitude(),
            (int) Haversine.MAX_DISTANCE_KM);
    List<Probe> out = new ArrayList<>();
    for (JsonNode page : pages(path)) {
      for (JsonNode p : page.path("results")) {
        JsonNode coords = p.path("geometry").path("coordinates");
        double lat = coords.size() >= 2 ? coords.get(1).asDouble() : p.path("latitude").asDouble();
        double lng = coords.size() >= 2 ? coords.get(0).asDouble() : p.path("longitude").asDouble();
        String addr = p.path("address_v4").asText("");
        if (p.path("id").isIntegralNumber() && PublicAddress.isRoutable(addr)) {
          out.add(new Probe(p.get("id").asLong(), addr, lat, lng));
        }
      }
    }
    return out;
  }

  /// `GET /measurements/my/?status=Ongoing,Scheduled&tags=<env>`, all pages.
  Set<Long> ongoingMeasurements(String tag) {
    String path =
        "/measurements/my/?status=Ongoing,Scheduled&tags="
            + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    Set<Long> ids = new HashSet<>();
    for (JsonNode page : pages(path)) {
      for (JsonNode m : page.path("results")) {
        if (m.path("id").isIntegralNumber()) {
          ids.add(m.get("id").asLong());
        }
      }
    }
    return ids;
  }

  /// `POST /measurements/`: a one-packet IPv4 ping from each source probe to the target address
  /// every `intervalSeconds`, tagged with the environment and `doublezero`.
  long createPing(
      String targetAddress,
      String description,
      List<String> tags,
      long intervalSeconds,
      List<Long> probeIds) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode def =
        f.objectNode()
            .put("type", "ping")
            .put("af", 4)
            .put("interval", intervalSeconds)
            .put("packets", 1)
            .put("packet_interval", 1000)
            .put("target", targetAddress)
            .put("description", description);
    ArrayNode tagArray = def.putArray("tags");
    for (String t : tags) {
      tagArray.add(t);
    }
    ObjectNode body = f.objectNode();
    body.putArray("definitions").add(def);
    ArrayNode probes = body.putArray("probes");
    for (long id : probeIds) {
      probes.addObject().put("value", id).put("type", "probes").put("requested", 1);
    }
    JsonNode answer = http.post("/measurements/", body, Set.of(201));
    JsonNode ids = answer.path("measurements");
    if (!ids.isArray() || ids.isEmpty() || !ids.get(0).isIntegralNumber()) {
      throw new ProviderException(
          ProviderException.Kind.MALFORMED, "POST /measurements/: no measurement id", null);
    }
    return ids.get(0).asLong();
  }

  /// `GET /measurements/{id}/results/[?start=…]`.
  List<RipeAtlasResults.Result> results(long id, long startSeconds) {
    String path = "/measurements/" + id + "/results/";
    if (startSeconds > 0) {
      path += "?start=" + startSeconds;
    }
    return RipeAtlasResults.parse(http.get(path), "GET " + path);
  }

  private List<JsonNode> pages(String first) {
    List<JsonNode> pages = new ArrayList<>();
    String path = first;
    while (path != null && pages.size() < 100) {
      JsonNode page = http.get(path);
      if (!page.isObject()) {
        throw new ProviderException(
            ProviderException.Kind.MALFORMED, "GET " + path + ": not a JSON object", null);
      }
      pages.add(page);
      JsonNode next = page.path("next");
      path = next.isTextual() && !next.asText().isEmpty() ? relative(next.asText()) : null;
    }
    return pages;
  }

  private static String relative(String next) {
    URI u = URI.create(next);
    String p = u.getRawPath();
    int api = p.indexOf("/api/v2");
    String rest = api >= 0 ? p.substring(api + "/api/v2".length()) : p;
    return u.getRawQuery() == null ? rest : rest + "?" + u.getRawQuery();
  }
}
