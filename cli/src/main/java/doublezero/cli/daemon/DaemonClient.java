package doublezero.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.error.CliException;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// The CLI's side of the daemon's HTTP API on its Unix socket (reference
/// `client/doublezero/src/servicecontroller.rs` and `requirements.rs` `check_doublezero`,
/// `cli-doublezerod.md` §C.1). Transport failures read `Unable to connect to doublezero daemon: …`;
/// a body that is not the expected shape but is `{"status":"error","description":…}` surfaces the
/// description.
public final class DaemonClient {
  /// The reference's socket path.
  public static final String DEFAULT_SOCKET = "/var/run/doublezerod/doublezerod.sock";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path socket;
  private final UnixHttpClient http;

  /// @param socket the daemon's socket
  public DaemonClient(Path socket) {
    this.socket = socket;
    this.http = new UnixHttpClient(socket);
  }

  /// `check_doublezero`: the socket exists, can be opened, and the daemon runs on the client's
  /// environment.
  ///
  /// @param err where the first line of a failure goes
  /// @param programId the client's serviceability program id
  /// @throws CliException `Please start the doublezerod service.`, `Please check the permissions of
  ///   the doublezerod service.` or the environment mismatch text
  public void check(PrintWriter err, PublicKey programId) {
    if (!Files.exists(socket)) {
      err.println("doublezero service is not accessible.");
      err.flush();
      throw new CliException("Please start the doublezerod service.");
    }
    if (!Files.isReadable(socket) || !Files.isWritable(socket) || denied()) {
      err.println("doublezero service is not accessible.");
      err.flush();
      throw new CliException("Please check the permissions of the doublezerod service.");
    }
    JsonNode config = json(get("/config"));
    String daemonProgram = config.path("program_id").asText("");
    Environment client = Environment.fromProgramId(programId).orElse(Environment.DEVNET);
    Environment daemon;
    try {
      daemon =
          Environment.fromProgramId(PublicKey.fromBase58(daemonProgram)).orElse(Environment.DEVNET);
    } catch (IllegalArgumentException e) {
      daemon = Environment.DEVNET;
    }
    if (client != daemon) {
      throw new CliException(
          "The client and the daemon are using different environments.\nClient: "
              + client
              + "\nDaemon: "
              + daemon
              + "\nPlease update the daemon configuration so both use the same environment.");
    }
  }

  private boolean denied() {
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return false;
    } catch (SocketException e) {
      return e.getMessage() != null && e.getMessage().contains("Permission denied");
    } catch (AccessDeniedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /// @return `/v2/status`
  /// @throws CliException when the daemon cannot be reached or answers something else
  public V2Status v2Status() {
    UnixHttpClient.Response r = get("/v2/status");
    JsonNode n = json(r);
    if (!n.has("services")) {
      throw error(r, "Unable to parse V2StatusResponse: missing field `services`");
    }
    List<V2Status.Service> services = new ArrayList<>();
    for (JsonNode s : n.path("services")) {
      services.add(
          new V2Status.Service(
              DaemonStatus.of(s),
              s.path("current_device").asText(""),
              s.path("lowest_latency_device").asText(""),
              s.path("metro").asText(""),
              s.path("tenant").asText("")));
    }
    return new V2Status(
        n.path("reconciler_enabled").asBoolean(false),
        n.path("client_ip").asText(""),
        n.path("network").asText(""),
        services);
  }

  /// @return `/status`
  /// @throws CliException when the daemon cannot be reached or answers an error
  public List<DaemonStatus> status() {
    UnixHttpClient.Response r = get("/status");
    JsonNode n = json(r);
    if (!n.isArray()) {
      throw error(r, "Unable to parse status response");
    }
    List<DaemonStatus> out = new ArrayList<>();
    n.forEach(s -> out.add(DaemonStatus.of(s)));
    return out;
  }

  /// @return `/latency`
  /// @throws CliException when the daemon cannot be reached or answers an error
  public List<LatencyRecord> latency() {
    UnixHttpClient.Response r = get("/latency");
    JsonNode n = json(r);
    if (!n.isArray()) {
      throw error(r, "Unable to parse latency response");
    }
    List<LatencyRecord> out = new ArrayList<>();
    for (JsonNode l : n) {
      out.add(
          new LatencyRecord(
              l.path("device_pk").asText(),
              l.path("device_code").asText(),
              l.path("device_ip").asText(),
              l.path("min_latency_ns").asLong(),
              l.path("max_latency_ns").asLong(),
              l.path("avg_latency_ns").asLong(),
              l.path("reachable").asBoolean()));
    }
    return out;
  }

  /// @return `/routes` as JSON objects
  /// @throws CliException when the daemon cannot be reached or answers an error
  public List<JsonNode> routes() {
    UnixHttpClient.Response r = get("/routes");
    JsonNode n = json(r);
    if (!n.isArray()) {
      throw error(r, "Unable to parse routes response");
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  /// `POST /enable`.
  ///
  /// @throws CliException `Failed to enable reconciler: {status}` on a non-200 answer
  public void enable() {
    UnixHttpClient.Response r = post("/enable");
    if (r.status() != 200) {
      throw new CliException("Failed to enable reconciler: " + statusText(r.status()));
    }
  }

  /// `POST /disable`.
  ///
  /// @throws CliException `Failed to disable reconciler: {status}` on a non-200 answer
  public void disable() {
    UnixHttpClient.Response r = post("/disable");
    if (r.status() != 200) {
      throw new CliException("Failed to disable reconciler: " + statusText(r.status()));
    }
  }

  static String statusText(int status) {
    return switch (status) {
      case 400 -> "400 Bad Request";
      case 404 -> "404 Not Found";
      case 405 -> "405 Method Not Allowed";
      case 500 -> "500 Internal Server Error";
      default -> Integer.toString(status);
    };
  }

  private UnixHttpClient.Response get(String path) {
    try {
      return http.get(path);
    } catch (IOException e) {
      throw new CliException("Unable to connect to doublezero daemon: " + e.getMessage(), e);
    }
  }

  private UnixHttpClient.Response post(String path) {
    try {
      return http.post(path);
    } catch (IOException e) {
      throw new CliException("Unable to connect to doublezero daemon: " + e.getMessage(), e);
    }
  }

  private static JsonNode json(UnixHttpClient.Response r) {
    try {
      JsonNode n = JSON.readTree(r.body());
      if (n == null) {
        throw new IOException("empty body");
      }
      if (n.isObject() && "error".equals(n.path("status").asText()) && n.has("description")) {
        throw new CliException(n.get("description").asText());
      }
      return n;
    } catch (IOException e) {
      throw new CliException(
          "Unable to parse daemon response: " + e.getMessage() + " (" + r.text().strip() + ")");
    }
  }

  private static CliException error(UnixHttpClient.Response r, String fallback) {
    return new CliException(fallback + " (" + r.text().strip() + ")");
  }
}
