package doublezero.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.output.JsonOutput;
import doublezero.cli.output.PsqlTable;
import doublezero.cli.session.Session;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero routes [--json]` (reference `client/doublezero/src/command/routes.rs`, §C.6): the
/// routes the daemon learned over BGP, with their liveness. No routes is an error (`No routes
/// found`).
@Command(name = "routes", description = "Get the routes learned from DoubleZero")
public final class RoutesCommand extends CliCommand {
  static final List<String> FIELDS =
      List.of(
          "network",
          "local_ip",
          "peer_ip",
          "kernel_state",
          "liveness_last_updated",
          "liveness_state",
          "liveness_state_reason",
          "peer_client_version");
  static final List<String> HEADERS =
      List.of(
          "Network",
          "Local IP",
          "Peer IP",
          "Kernel State",
          "Liveness Last Updated",
          "Liveness State",
          "Liveness State Reason",
          "Peer Client Version");

  @Option(names = "--json", description = "Output as JSON")
  boolean json;

  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    daemon.check(s.err(), s.connection().programId());
    List<JsonNode> routes = daemon.routes();
    if (routes.isEmpty()) {
      throw new CliException("No routes found");
    }
    if (json) {
      ArrayNode arr = new ObjectMapper().createArrayNode();
      for (JsonNode r : routes) {
        ObjectNode o = arr.addObject();
        for (String f : FIELDS) {
          JsonNode v = r.get(f);
          if (v == null || v.isNull()) {
            o.putNull(f);
          } else {
            o.put(f, v.asText());
          }
        }
      }
      s.out().println(JsonOutput.pretty(arr));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode r : routes) {
      List<String> row = new ArrayList<>();
      for (String f : FIELDS) {
        JsonNode v = r.get(f);
        row.add(v == null || v.isNull() ? "" : v.asText());
      }
      rows.add(row);
    }
    s.out().println(PsqlTable.render(HEADERS, rows));
  }
}
