package doublezero.cli.telemetry.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import doublezero.cli.telemetry.data.DeviceSummary;
import doublezero.cli.telemetry.stats.LatencyStats;
import java.math.BigDecimal;
import java.util.List;

/// `--json`: an array with one object per circuit, keys and order of the reference's JSON tags
/// (`CircuitSummary` for devices, `CircuitLatencyStat` for the internet; reference
/// `controlplane/telemetry/internal/data/{stats/aggregate.go,device/provider.go}`). Numbers are
/// written as Go's `encoding/json` writes a float64 (shortest form, `1` not `1.0`, exponent only
/// below 1e-6 or from 1e21); a NaN or infinite ratio, which Go cannot encode, is `null`.
public final class StatsJson {
  private StatsJson() {}

  /// @param summaries device summaries
  /// @return the JSON array
  public static ArrayNode devices(List<DeviceSummary> summaries) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (DeviceSummary s : summaries) {
      ObjectNode o = a.addObject();
      o.put("circuit", s.circuit().code());
      o.put("link_type", s.circuit().linkType());
      o.put("contributor_code", s.circuit().contributorCode());
      stats(o, s.stats(), false);
      number(o, "committed_rtt", s.committedRtt());
      number(o, "committed_jitter", s.committedJitter());
      number(o, "committed_rtt_delta", s.committedRttDelta());
      number(o, "committed_jitter_delta", s.committedJitterDelta());
      number(o, "committed_rtt_change_ratio", s.committedRttChangeRatio());
      number(o, "committed_jitter_change_ratio", s.committedJitterChangeRatio());
    }
    return a;
  }

  /// @param stats internet circuit statistics
  /// @return the JSON array
  public static ArrayNode internet(List<LatencyStats> stats) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    stats.forEach(s -> stats(a.addObject(), s, true));
    return a;
  }

  private static void stats(ObjectNode o, LatencyStats s, boolean withCircuit) {
    if (withCircuit) {
      o.put("circuit", s.circuit());
    }
    o.put("timestamp", GoFloat.rfc3339Nano(s.timestampMicros()));
    number(o, "rtt_mean", s.rttMean());
    number(o, "rtt_median", s.rttMedian());
    number(o, "rtt_min", s.rttMin());
    number(o, "rtt_max", s.rttMax());
    number(o, "rtt_p90", s.rttP90());
    number(o, "rtt_p95", s.rttP95());
    number(o, "rtt_p99", s.rttP99());
    number(o, "rtt_stddev", s.rttStdDev());
    number(o, "rtt_variance", s.rttVariance());
    number(o, "rtt_mad", s.rttMad());
    number(o, "jitter_avg", s.jitterAvg());
    number(o, "jitter_ewma", s.jitterEwma());
    number(o, "jitter_delta_stddev", s.jitterDeltaStdDev());
    number(o, "jitter_peak_to_peak", s.jitterPeakToPeak());
    number(o, "jitter_max", s.jitterMax());
    o.put("success_count", s.successCount());
    number(o, "success_rate", s.successRate());
    o.put("loss_count", s.lossCount());
    number(o, "loss_rate", s.lossRate());
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(key);
    } else {
      o.putRawValue(key, new RawValue(goNumber(v)));
    }
  }

  /// @param v a finite value
  /// @return Go's `encoding/json` text for it
  static String goNumber(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    double abs = Math.abs(v);
    if (abs >= 1e-6 && abs < 1e21) {
      return d.toPlainString();
    }
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = String.format("%02d", Math.abs(exponent));
    return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
  }
}
