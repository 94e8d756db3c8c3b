package doublezero.cli.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.command.CliCommand;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero latency [--json]` (reference `client/doublezero/src/command/latency.rs`, §C.6): the
/// daemon's probe results for devices that are Activated on chain, reachable first then by mean
/// RTT.
@Command(name = "latency", description = "Get latency to DoubleZero devices")
public final class LatencyCommand extends CliCommand {
  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    List<LatencyRecord> records = DeviceChoice.latencies(s, daemon, false);
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ArrayNode arr = m.createArrayNode();
      for (LatencyRecord r : records) {
        ObjectNode o = arr.addObject();
        o.put("device_pk", r.devicePk());
        o.put("device_code", r.deviceCode());
        o.put("device_ip", r.deviceIp());
        o.put("min_latency_ns", r.minLatencyNs());
        o.put("max_latency_ns", r.maxLatencyNs());
        o.put("avg_latency_ns", r.avgLatencyNs());
        o.put("reachable", r.reachable());
      }
      s.out().println(JsonOutput.pretty(arr));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (LatencyRecord r : records) {
      rows.add(
          List.of(
              r.devicePk(),
              r.deviceCode(),
              r.deviceIp(),
              ms(r.minLatencyNs()),
              ms(r.maxLatencyNs()),
              ms(r.avgLatencyNs()),
              Boolean.toString(r.reachable())));
    }
    s.out()
        .println(
            PsqlTable.render(
                List.of("Pubkey", "Code", "IP", "Min", "Max", "Avg", "reachable"), rows));
  }

  static String ms(long ns) {
    return String.format(Locale.ROOT, "%.2fms", (float) ns / 1_000_000f);
  }
}
