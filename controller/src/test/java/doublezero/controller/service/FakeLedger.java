package doublezero.controller.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.client.DecodedAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/// A JSON-RPC endpoint on a loopback HTTP socket whose every answer is set by the test: a
/// well-formed `getProgramAccounts` result built from account records (owned by
/// [LedgerAccounts#PROGRAM]), or any body and HTTP status (a ledger that returns garbage). Starts
/// in milliseconds, unlike a localnet.
final class FakeLedger implements AutoCloseable {
  private final HttpServer http;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int status = 200;
  private volatile String body = "";

  FakeLedger() {
    try {
      http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.createContext("/", this::answer);
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  /// @return how many HTTP requests arrived
  int requests() {
    return requests.get();
  }

  /// Answers every request with `body` and HTTP `status`.
  void answer(int status, String body) {
    this.status = status;
    this.body = body;
  }

  /// Answers every request with these accounts as a `getProgramAccounts` result, in list order.
  void accounts(List<DecodedAccount<? extends ServiceabilityAccount>> accounts) {
    StringBuilder b = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[");
    for (int i = 0; i < accounts.size(); i++) {
      DecodedAccount<? extends ServiceabilityAccount> a = accounts.get(i);
      byte[] data = a.state().encode();
      b.append(i == 0 ? "" : ",")
          .append("{\"pubkey\":\"")
          .append(a.address().toBase58())
          .append("\",\"account\":{\"data\":[\"")
          .append(Base64.getEncoder().encodeToString(data))
          .append("\",\"base64\"],\"executable\":false,\"lamports\":1000000,\"owner\":\"")
          .append(LedgerAccounts.PROGRAM.toBase58())
          .append("\",\"rentEpoch\":18446744073709551615,\"space\":")
          .append(data.length)
          .append("}}");
    }
    answer(200, b.append("]}").toString());
  }

  private void answer(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    try (InputStream in = ex.getRequestBody()) {
      in.readAllBytes();
    }
    byte[] out = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(out);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
