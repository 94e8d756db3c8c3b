package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/// Sends one JSON-RPC 2.0 request over HTTP POST and returns its `result`, retrying transport
/// failures, HTTP 429 and 5xx with exponential backoff and jitter (honouring `Retry-After`), never
/// a JSON-RPC error.
final class JsonRpcTransport {
  /// Which failures a call may retry.
  enum RetryPolicy {
    /// I/O errors, timeouts, HTTP 429 and 5xx.
    TRANSIENT,
    /// I/O errors and timeouts only (no HTTP answer at all): for `sendTransaction`.
    TRANSPORT_ONLY
  }

  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final HttpClient http;
  private final URI uri;
  private final RpcClientConfig config;
  private final AtomicLong ids = new AtomicLong();

  JsonRpcTransport(HttpClient http, URI uri, RpcClientConfig config) {
    this.http = http;
    this.uri = uri;
    this.config = config;
  }

  String url() {
    return uri.toString();
  }

  JsonNode call(String method, ArrayNode params, RetryPolicy policy) {
    ObjectNode body = RpcJson.object();
    body.put("jsonrpc", "2.0")
        .put("id", ids.incrementAndGet())
        .put("method", method)
        .set("params", params);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    for (int attempt = 0; ; attempt++) {
      boolean mayRetry = attempt < config.maxRetries();
      HttpResponse<byte[]> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (mayRetry) {
          sleep(backoff(attempt), method);
          continue;
        }
        throw new RpcException(
            RpcErrorKind.TRANSPORT,
            url(),
            method,
            0,
            0,
            method
                + " to "
                + url()
                + " failed after "
                + (attempt + 1)
                + " attempt(s): "
                + describe(e),
            null,
            e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(method, e);
      }
      int status = response.statusCode();
      boolean transientStatus = status == 429 || status >= 500;
      if (transientStatus && policy == RetryPolicy.TRANSIENT && mayRetry) {
        sleep(retryAfter(response).orElse(backoff(attempt)), method);
        continue;
      }
      return result(method, status, response.body(), attempt);
    }
  }

  /// Reads the body from its bytes (JSON is UTF-8, RFC 8259 §8.1): no `String` copy of a large
  /// answer is made.
  private JsonNode result(String method, int status, byte[] body, int attempt) {
    JsonNode json = null;
    try {
      json = RpcJson.parse(body);
    } catch (RpcException notJson) {
      // fall through: reported below as HTTP error or malformed answer
    }
    JsonNode error = json == null ? null : json.get("error");
    if (error != null && error.isObject() && status != 429) {
      int code = error.path("code").asInt();
      String message = error.path("message").asText();
      throw new RpcException(
          RpcErrorKind.JSON_RPC,
          url(),
          method,
          code,
          status,
          method + " failed at " + url() + ": " + message + " (code " + code + ")",
          error.get("data"),
          null);
    }
    if (status < 200 || status > 299) {
      throw new RpcException(
          RpcErrorKind.HTTP,
          url(),
          method,
          0,
          status,
          method
              + " to "
              + url()
              + " failed with HTTP "
              + status
              + " after "
              + (attempt + 1)
              + " attempt(s): "
              + snippet(body),
          null,
          null);
    }
    if (json == null || !json.has("result")) {
      throw new RpcException(
          RpcErrorKind.MALFORMED_RESPONSE,
          url(),
          method,
          0,
          status,
          method + " at " + url() + " answered without a result: " + snippet(body),
          null,
          null);
    }
    return json.get("result");
  }

  Duration backoff(int attempt) {
    long base = config.backoffBase().toMillis();
    long max = config.backoffMax().toMillis();
    long exp = Math.min(max, base << Math.min(attempt, 30));
    long half = exp / 2;
    return Duration.ofMillis(
        half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
  }

  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(JsonRpcTransport::parseRetryAfter)
        .map(d -> d.isNegative() ? Duration.ZERO : d)
        .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }

  private static Optional<Duration> parseRetryAfter(String value) {
    String v = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private void sleep(Duration d, String method) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(method, e);
    }
  }

  private RpcException interrupted(String method, InterruptedException e) {
    return new RpcException(
        RpcErrorKind.TRANSPORT,
        url(),
        method,
        0,
        0,
        method + " to " + url() + " interrupted",
        null,
        e);
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static String snippet(byte[] body) {
    String b = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
    return b.isEmpty() ? "(empty body)" : b.length() > 200 ? b.substring(0, 200) + "…" : b;
  }
}
