package doublezero.telemetry.internet.wheresitup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.telemetry.internet.provider.ProviderException;
import doublezero.telemetry.internet.provider.ProviderHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/// The Wheresitup API v4 calls the collector makes (reference `internal/wheresitup/client.go`;
/// wheresitup.com/docs): `GET /sources`, `POST /jobs`, `GET /jobs/{id}`.
final class WheresitupApi {
  /// Job lifetime at the provider (reference `ExpireAfter`).
  static final String EXPIRE_AFTER = "10 minutes";

  private final ProviderHttp http;

  WheresitupApi(ProviderHttp http) {
    this.http = http;
  }

  /// A source (a provider server that can run a ping); `name` also names its ping target
  /// `<name>.wonderproxy.com`.
  record Source(String name, double latitude, double longitude) {}

  /// `GET /sources`: `{"sources": [{"name", "latitude", "longitude", …}]}` (coordinates are
  /// strings); sources with unreadable coordinates are left out.
  List<Source> sources() {
    JsonNode body = http.get("/sources");
    JsonNode list = body.path("sources");
    if (!list.isArray()) {
      throw new ProviderException(
          ProviderException.Kind.MALFORMED, "GET /sources: no sources array", null);
    }
    List<Source> out = new ArrayList<>();
    for (JsonNode s : list) {
      try {
        out.add(
            new Source(
                s.path("name").asText(""),
                Double.parseDouble(s.path("latitude").asText()),
                Double.parseDouble(s.path("longitude").asText())));
      } catch (NumberFormatException e) {
        // a source without coordinates cannot be matched to an Exchange
      }
    }
    return out.stream().filter(s -> !s.name().isEmpty()).toList();
  }

  /// `POST /jobs`: one ping from `source` to `http://<target>.wonderproxy.com`.
  ///
  /// @return the job id
  String createPing(String source, String target, String label, long timeoutSeconds) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode().put("uri", "http://" + target + ".wonderproxy.com");
    body.putArray("tests").add("ping");
    body.putArray("sources").add(source);
    body.putObject("options")
        .put("expire_after", EXPIRE_AFTER)
        .put("label", label)
        .put("timeout", timeoutSeconds);
    JsonNode answer = http.post("/jobs", body, Set.of(200, 201));
    String id = answer.path("jobID").asText("");
    if (id.isEmpty()) {
      throw new ProviderException(ProviderException.Kind.MALFORMED, "POST /jobs: no jobID", null);
    }
    return id;
  }

  /// A job's state: still running, finished with an RTT (the ping summary's `min`, ms), or finished
  /// without one.
  sealed interface JobResult {
    record Running() implements JobResult {}

    record Done(long startTimeSeconds, OptionalDouble minMillis) implements JobResult {}
  }

  /// `GET /jobs/{id}`: `response.complete` is an empty array while the job runs and an object keyed
  /// by source name once done (`{"<source>": {"ping": {"summary": {"summary": {"min":
  /// "12.3"}}}}}`); `request.start_time` is the job's start (UNIX s).
  JobResult job(String id) {
    String what = "GET /jobs/" + id;
    JsonNode body = http.get("/jobs/" + id);
    JsonNode response = body.path("response");
    JsonNode complete = response.path("complete");
    if (!response.isObject() || !body.path("request").path("start_time").isNumber()) {
      throw new ProviderException(
          ProviderException.Kind.MALFORMED, what + ": no response or request.start_time", null);
    }
    if (complete.isEmpty()) {
      return response.path("in_progress").isEmpty()
          ? new JobResult.Done(
              body.path("request").get("start_time").asLong(), OptionalDouble.empty())
          : new JobResult.Running();
    }
    OptionalDouble min = OptionalDouble.empty();
    for (JsonNode service : complete) {
      Optional<Double> v = number(service.path("ping").path("summary").path("summary").path("min"));
      if (v.isPresent()) {
        min = OptionalDouble.of(v.get());
        break;
      }
    }
    return new JobResult.Done(body.path("request").get("start_time").asLong(), min);
  }

  private static Optional<Double> number(JsonNode n) {
    if (n.isNumber()) {
      return Optional.of(n.asDouble());
    }
    try {
      return n.isTextual() ? Optional.of(Double.parseDouble(n.asText())) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
