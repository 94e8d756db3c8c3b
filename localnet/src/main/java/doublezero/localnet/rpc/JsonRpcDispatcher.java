package doublezero.localnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/// JSON-RPC 2.0 over a request body: single requests and batches, notifications (no `id`) get no
/// answer, and the standard errors -32700 (parse), -32600 (invalid request), -32601 (method not
/// found), -32603 (internal) besides the methods' own errors.
public final class JsonRpcDispatcher {
  /// The shared mapper (u64 values arrive as BigInteger when above 2^63−1). Anything but whitespace
  /// after the JSON value fails the parse, so `{…}garbage` is -32700 rather than a request.
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Map<String, RpcMethod> methods = new HashMap<>();

  /// Builds the method table over `ctx`.
  public JsonRpcDispatcher(RpcContext ctx) {
    new AccountMethods(ctx).register(methods);
    new ClusterMethods(ctx).register(methods);
    new TransactionMethods(ctx).register(methods);
  }

  /// Handles one HTTP body; completes with the response body, or with null when nothing is to be
  /// sent.
  public CompletableFuture<byte[]> handle(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || root.isMissingNode()) {
      return CompletableFuture.completedFuture(
          write(error(null, new RpcException(RpcException.PARSE_ERROR, "Parse error", null))));
    }
    if (root.isArray()) {
      if (root.isEmpty()) {
        return CompletableFuture.completedFuture(write(error(null, invalidRequest())));
      }
      List<CompletableFuture<Map<String, Object>>> parts = new ArrayList<>();
      root.forEach(r -> parts.add(one(r)));
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
          .thenApply(
              v -> {
                List<Object> out =
                    parts.stream()
                        .map(CompletableFuture::join)
                        .filter(x -> x != null)
                        .map(x -> (Object) x)
                        .toList();
                return out.isEmpty() ? null : write(out);
              });
    }
    return one(root).thenApply(r -> r == null ? null : write(r));
  }

  /// Handles one request object; completes with the response object or null for a notification.
  public CompletableFuture<Map<String, Object>> one(JsonNode req) {
    if (!req.isObject() || !validId(req)) {
      return CompletableFuture.completedFuture(error(null, invalidRequest()));
    }
    if (!"2.0".equals(req.path("jsonrpc").asText()) || !req.path("method").isTextual()) {
      return CompletableFuture.completedFuture(error(id(req), invalidRequest()));
    }
    Object id = id(req);
    boolean notification = !req.has("id");
    RpcMethod m = methods.get(req.get("method").asText());
    CompletableFuture<Object> result;
    if (m == null) {
      result =
          CompletableFuture.failedFuture(
              new RpcException(RpcException.METHOD_NOT_FOUND, "Method not found", null));
    } else {
      try {
        Object r = m.call(new Params(req.get("params")));
        @SuppressWarnings("unchecked")
        CompletableFuture<Object> f =
            r instanceof CompletableFuture<?> cf
                ? (CompletableFuture<Object>) cf
                : CompletableFuture.completedFuture(r);
        result = f;
      } catch (RuntimeException e) {
        result = CompletableFuture.failedFuture(e);
      }
    }
    return result.handle(
        (r, e) ->
            notification
                ? null
                : e == null
                    ? Json.obj("jsonrpc", "2.0", "result", r, "id", id)
                    : error(id, unwrap(e)));
  }

  private static RpcException unwrap(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return t instanceof RpcException r
        ? r
        : new RpcException(RpcException.INTERNAL_ERROR, "Internal error", null);
  }

  private static RpcException invalidRequest() {
    return new RpcException(RpcException.INVALID_REQUEST, "Invalid request", null);
  }

  /// JSON-RPC 2.0 §4: an id, when present, is a string, a number or null.
  public static boolean validId(JsonNode req) {
    JsonNode id = req.get("id");
    return id == null || id.isNull() || id.isTextual() || id.isNumber();
  }

  private static Object id(JsonNode req) {
    JsonNode id = req.get("id");
    if (id == null || id.isNull()) {
      return null;
    }
    return id.isNumber() ? id.numberValue() : id.isTextual() ? id.asText() : null;
  }

  /// An error response object.
  public static Map<String, Object> error(Object id, RpcException e) {
    Map<String, Object> err = Json.obj("code", e.code(), "message", e.getMessage());
    if (e.data() != null) {
      err.put("data", e.data());
    }
    return Json.obj("jsonrpc", "2.0", "error", err, "id", id);
  }

  /// Serialises a response tree.
  public static byte[] write(Object tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
