package doublezero.telemetry.internet.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/// A provider's JSON-over-HTTP API through the JDK's `java.net.http`: a configurable base URL (the
/// reference hard-codes `https://atlas.ripe.net/api/v2` and `https://api.wheresitup.com/v4`), the
/// provider's auth header, User-Agent `DoubleZero-Collector/1.0`, a per-request timeout. Every
/// failure becomes a [ProviderException] of the matching kind; the API key never appears in one.
public final class ProviderHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_AGENT = "DoubleZero-Collector/1.0";

  private final HttpClient client;
  private final String baseUrl;
  private final Map<String, String> headers;
  private final Duration timeout;

  /// @param baseUrl the API root without a trailing slash (e.g. `https://atlas.ripe.net/api/v2`)
  /// @param headers extra headers on every request (auth)
  /// @param timeout per-request timeout
  public ProviderHttp(String baseUrl, Map<String, String> headers, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  /// @param path path and query after the base URL (starting with `/`)
  /// @return the JSON body of a 200 answer
  /// @throws ProviderException when the call fails or the body is not JSON
  public JsonNode get(String path) {
    return call(request(path).GET().build(), Set.of(200));
  }

  /// @param path path after the base URL
  /// @param body the JSON body
  /// @param ok the statuses that mean success (e.g. 201)
  /// @return the JSON body of the answer
  /// @throws ProviderException when the call fails or the body is not JSON
  public JsonNode post(String path, JsonNode body, Set<Integer> ok) {
    String text;
    try {
      text = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise request body", e);
    }
    return call(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text))
            .build(),
        ok);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/json");
    headers.forEach(b::header);
    return b;
  }

  private JsonNode call(HttpRequest request, Set<Integer> ok) {
    String what = request.method() + " " + request.uri().getRawPath();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ProviderException(
          ProviderException.Kind.UNREACHABLE, what + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(ProviderException.Kind.UNREACHABLE, what + ": interrupted", e);
    }
    if (response.statusCode() == 429) {
      throw new ProviderException(
          ProviderException.Kind.RATE_LIMITED, what + ": HTTP 429 (rate limited)", null);
    }
    if (!ok.contains(response.statusCode())) {
      throw new ProviderException(
          ProviderException.Kind.HTTP_STATUS, what + ": HTTP " + response.statusCode(), null);
    }
    try {
      JsonNode node = JSON.readTree(response.body());
      if (node == null || node.isMissingNode()) {
        throw new ProviderException(ProviderException.Kind.MALFORMED, what + ": empty body", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ProviderException(
          ProviderException.Kind.MALFORMED,
          what + ": malformed JSON (" + e.getOriginalMessage() + ")",
          e);
    }
  }
}
