package doublezero.sdk.solana.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// A JSON-RPC node double on the JDK's HttpServer: answers requests from a queue of canned replies
/// (the request's id is substituted for `$ID`) and records every request body for exact assertions.
public final class FakeRpcServer implements AutoCloseable {
  /// A canned reply; status -1 closes the connection without answering.
  record Reply(int status, String body, List<String> headers, Duration delay) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final ConcurrentLinkedDeque<Reply> replies = new ConcurrentLinkedDeque<>();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

  public FakeRpcServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public RpcClient client() {
    return new RpcClient(url(), testConfig());
  }

  public static RpcClientConfig testConfig() {
    return RpcClientConfig.DEFAULTS
        .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
        .withTimeout(Duration.ofSeconds(5))
        .withPollInterval(Duration.ofMillis(5));
  }

  public FakeRpcServer result(String resultJson) {
    return reply(200, "{\"jsonrpc\":\"2.0\",\"result\":" + resultJson + ",\"id\":$ID}");
  }

  public FakeRpcServer error(int code, String message, String dataJson) {
    String data = dataJson == null ? "" : ",\"data\":" + dataJson;
    return reply(
        200,
        "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":"
            + code
            + ",\"message\":\""
            + message
            + "\""
            + data
            + "},\"id\":$ID}");
  }

  public FakeRpcServer reply(int status, String body, String... headers) {
    replies.add(new Reply(status, body, List.of(headers), Duration.ZERO));
    return this;
  }

  FakeRpcServer delayed(Duration delay, String resultJson) {
    replies.add(
        new Reply(
            200,
            "{\"jsonrpc\":\"2.0\",\"result\":" + resultJson + ",\"id\":$ID}",
            List.of(),
            delay));
    return this;
  }

  public List<JsonNode> requests() {
    return requests;
  }

  public JsonNode lastRequest() {
    return requests.getLast();
  }

  /// Asserts the last request is a JSON-RPC 2.0 call of `method` with exactly `paramsJson` as
  /// params.
  public void assertLast(String method, String paramsJson) {
    assertRequest(lastRequest(), method, paramsJson);
  }

  static void assertRequest(JsonNode request, String method, String paramsJson) {
    assertThat(request.path("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(request.path("id").isIntegralNumber()).as("numeric id").isTrue();
    assertThat(request.path("method").asText()).isEqualTo(method);
    assertThat(request.path("params")).isEqualTo(RpcJson.parse(paramsJson));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request =
          RpcJson.parse(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      assertThat(exchange.getRequestMethod()).isEqualTo("POST");
      assertThat(exchange.getRequestHeaders().getFirst("Content-Type"))
          .isEqualTo("application/json");
      Reply reply = replies.poll();
      if (reply == null) {
        reply = new Reply(500, "no canned reply left", List.of(), Duration.ZERO);
      }
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay());
      }
      if (reply.status() < 0) {
        return;
      }
      for (int i = 0; i + 1 < reply.headers().size(); i += 2) {
        exchange.getResponseHeaders().add(reply.headers().get(i), reply.headers().get(i + 1));
      }
      byte[] body =
          reply
              .body()
              .replace("$ID", request.path("id").toString())
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
