package doublezero.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/// A JDK `HttpServer` on 127.0.0.1 (ephemeral port) that answers every request with one fixed JSON
/// body, so the end-to-end benchmark can call `RpcClient.getProgramAccounts` over real HTTP without
/// a Solana node.
public final class LocalRpcServer implements AutoCloseable {
  private final HttpServer server;

  /// @param body the response body sent for every request (not copied)
  /// @throws UncheckedIOException when the port cannot be bound
  public LocalRpcServer(byte[] body) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
          }
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /// @return `http://127.0.0.1:<port>/`
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /// Stops the server at once.
  @Override
  public void close() {
    server.stop(0);
  }
}
