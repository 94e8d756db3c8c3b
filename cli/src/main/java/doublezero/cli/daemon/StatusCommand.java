package doublezero.cli.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import doublezero.sdk.environment.Environment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero status [--json]` (reference `client/doublezero/src/command/status.rs`, §C.5): one
/// row per daemon service from `/v2/status`, or a synthetic `disconnected` row. A failing
/// `/v2/status` prints `\nError: …\n` to stderr and exits 0, as the reference does.
@Command(name = "status", description = "Get the status of your service")
public final class StatusCommand extends CliCommand {
  static final List<String> HEADERS =
      List.of(
          "Tunnel Status",
          "Last Session Update",
          "Tunnel Name",
          "Tunnel Src",
          "Tunnel Dst",
          "Doublezero IP",
          "User Type",
          "Reconciler",
          "Tenant",
          "Current Device",
          "Lowest Latency Device",
          "Metro",
          "Network");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  /// One output row.
  record Row(
      DaemonStatus status,
      boolean reconciler,
      String tenant,
      String currentDevice,
      String lowestLatencyDevice,
      String metro,
      String network) {}

  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    List<Row> rows;
    try {
      rows =
          rows(daemon.v2Status(), s.connection().programId() == null ? "" : environment(s), json);
    } catch (CliException e) {
      s.err().println("\nError: " + e.getMessage() + "\n");
      s.err().flush();
      return;
    }
    s.out().println(json ? JsonOutput.pretty(toJson(rows)) : table(rows));
  }

  static String environment(Session s) {
    return Environment.fromProgramId(s.connection().programId())
        .orElse(Environment.DEVNET)
        .toString();
  }

  static List<Row> rows(V2Status v2, String cliEnvironment, boolean json) {
    String network = v2.network().isEmpty() ? cliEnvironment : v2.network();
    List<Row> rows = new ArrayList<>();
    if (v2.services().isEmpty()) {
      rows.add(
          new Row(
              new DaemonStatus("disconnected", null, null, null, null, null, null),
              v2.reconcilerEnabled(),
              "",
              "N/A",
              "N/A",
              "N/A",
              network));
      return rows;
    }
    for (V2Status.Service svc : v2.services()) {
      String current = svc.currentDevice().isEmpty() ? "N/A" : svc.currentDevice();
      String metro = svc.metro().isEmpty() ? "N/A" : svc.metro();
      String lowest = svc.lowestLatencyDevice();
      if (lowest.isEmpty()) {
        lowest = "N/A";
      } else if (!json && "BGP Session Up".equals(svc.status().sessionStatus())) {
        if (lowest.equals(current)) {
          lowest = "✅ " + lowest;
        } else if (!current.equals("N/A")) {
          lowest = "⚠️ " + lowest;
        }
      }
      rows.add(
          new Row(
              svc.status(), v2.reconcilerEnabled(), svc.tenant(), current, lowest, metro, network));
    }
    return rows;
  }

  static String table(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      DaemonStatus st = r.status();
      cells.add(
          List.of(
              st.sessionStatus(),
              st.lastSessionUpdate() == null
                  ? "no session data"
                  : UTC.format(Instant.ofEpochSecond(st.lastSessionUpdate())),
              opt(st.tunnelName()),
              opt(st.tunnelSrc()),
              opt(st.tunnelDst()),
              opt(st.doublezeroIp()),
              opt(st.userType()),
              Boolean.toString(r.reconciler()),
              r.tenant(),
              r.currentDevice(),
              r.lowestLatencyDevice(),
              r.metro(),
              r.network()));
    }
    return PsqlTable.render(HEADERS, cells);
  }

  private static String opt(String s) {
    return s == null ? "" : s;
  }

  static ArrayNode toJson(List<Row> rows) {
    ObjectMapper m = new ObjectMapper();
    ArrayNode arr = m.createArrayNode();
    for (Row r : rows) {
      ObjectNode o = arr.addObject();
      ObjectNode resp = o.putObject("response");
      ObjectNode st = resp.putObject("doublezero_status");
      st.put("session_status", r.status().sessionStatus());
      if (r.status().lastSessionUpdate() == null) {
        st.putNull("last_session_update");
      } else {
        st.put("last_session_update", r.status().lastSessionUpdate());
      }
      resp.put("tunnel_name", r.status().tunnelName());
      resp.put("tunnel_src", r.status().tunnelSrc());
      resp.put("tunnel_dst", r.status().tunnelDst());
      resp.put("doublezero_ip", r.status().doublezeroIp());
      resp.put("user_type", r.status().userType());
      o.put("reconciler_enabled", r.reconciler());
      o.put("tenant", r.tenant());
      o.put("current_device", r.currentDevice());
      o.put("lowest_latency_device", r.lowestLatencyDevice());
      o.put("metro", r.metro());
      o.put("network", r.network());
    }
    return arr;
  }
}
