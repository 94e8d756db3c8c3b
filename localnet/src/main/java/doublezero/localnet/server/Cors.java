package doublezero.localnet.server;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

/// CORS and `OPTIONS` headers as a Solana validator's JSON-RPC endpoint sends them (Agave's
/// `rpc_service` builds it with jsonrpc-http-server, any origin allowed, max age 86400 s):
/// `OPTIONS` answers 200 with an empty body and `Allow: OPTIONS, POST`, `Accept: application/json`;
/// when the request carries an `Origin` from another host, every answer adds `Vary: origin`,
/// `Access-Control-Allow-Methods: OPTIONS, POST`, `Access-Control-Allow-Origin: <that origin>`,
/// `Access-Control-Max-Age: 86400` and, if the request asked, `Access-Control-Allow-Headers`
/// echoing `Access-Control-Request-Headers`.
final class Cors {
  static final String ALLOWED_METHODS = "OPTIONS, POST";
  static final String MAX_AGE = "86400";

  private Cors() {}

  /// Adds the headers for a request with `request` headers to `response`.
  static void apply(HttpHeaders request, HttpHeaders response, boolean options) {
    if (options) {
      response.set(HttpHeaderNames.ALLOW, ALLOWED_METHODS);
      response.set(HttpHeaderNames.ACCEPT, "application/json");
    }
    String origin = request.get(HttpHeaderNames.ORIGIN);
    if (origin == null || sameHost(origin, request.get(HttpHeaderNames.HOST))) {
      return;
    }
    response.set(HttpHeaderNames.VARY, "origin");
    response.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
    response.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    response.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
    String asked = request.get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS);
    if (asked != null && !asked.isBlank()) {
      response.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, asked);
    }
  }

  /// A request from a page served by this very host needs no CORS headers.
  private static boolean sameHost(String origin, String host) {
    if (host == null) {
      return false;
    }
    int scheme = origin.indexOf("://");
    String rest = scheme < 0 ? origin : origin.substring(scheme + 3);
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).equalsIgnoreCase(host);
  }
}
