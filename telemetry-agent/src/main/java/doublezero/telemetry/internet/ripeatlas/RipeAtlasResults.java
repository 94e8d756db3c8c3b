package doublezero.telemetry.internet.ripeatlas;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.telemetry.internet.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/// Parses `GET /measurements/{id}/results/` of a ping measurement (RIPE Atlas "Measurement Result
/// Format", ping since firmware 4400): a JSON array of results with `prb_id`, `timestamp` (UNIX s)
/// and `result`, a list of `{"rtt": ms}` replies or `{"x": "*"}` timeouts. The RTT used is the
/// first reply with `rtt` > 0 (reference `parseLatencyFromResult`); a result without one has none.
public final class RipeAtlasResults {
  private RipeAtlasResults() {}

  /// One probe's result.
  ///
  /// @param probeId `prb_id`
  /// @param timestampSeconds `timestamp`
  /// @param rttMillis the first positive `rtt`, or empty (timeouts, errors, RTT ≤ 0)
  public record Result(long probeId, long timestampSeconds, OptionalDouble rttMillis) {}

  /// @param body the response body
  /// @param what the request, for error messages
  /// @return the results in answer order
  /// @throws ProviderException ([ProviderException.Kind#MALFORMED]) when the body is not an array
  ///   of results with numeric `prb_id` and `timestamp`
  public static List<Result> parse(JsonNode body, String what) {
    if (!body.isArray()) {
      throw malformed(what, "not a JSON array");
    }
    List<Result> out = new ArrayList<>();
    for (JsonNode r : body) {
      if (!r.path("prb_id").isIntegralNumber() || !r.path("timestamp").isNumber()) {
        throw malformed(what, "a result without numeric prb_id and timestamp");
      }
      OptionalDouble rtt = OptionalDouble.empty();
      for (JsonNode reply : r.path("result")) {
        JsonNode v = reply.path("rtt");
        if (v.isNumber() && v.asDouble() > 0) {
          rtt = OptionalDouble.of(v.asDouble());
          break;
        }
      }
      out.add(new Result(r.get("prb_id").asLong(), r.get("timestamp").asLong(), rtt));
    }
    return out;
  }

  private static ProviderException malformed(String what, String why) {
    return new ProviderException(ProviderException.Kind.MALFORMED, what + ": " + why, null);
  }
}
