package doublezero.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import doublezero.cli.config.CliEnv;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// The training run from which `bin/doublezero` builds its JDK AOT cache (`-XX:AOTCacheOutput`, JEP
/// 483/514/515; see `bin/_launcher.sh`): runs the commands people run most, in this one JVM, so
/// that the classes they load are stored in the cache already parsed and linked. Works offline and
/// touches nothing of the user's: a temporary home directory, and a JSON-RPC stub on 127.0.0.1 that
/// answers every read with an empty ledger (no accounts). Prints nothing.
///
/// Picocli's own classes (class-file version 49) and the classes that implement its interfaces
/// cannot be stored in an AOT cache (the JVM skips classes verified by the old verifier); the JDK,
/// Jackson, SnakeYAML, the SDK and the rest of the CLI can.
public final class AotTraining {
  private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([A-Za-z]+)\"");

  private AotTraining() {}

  /// @param args ignored
  /// @throws IOException when the temporary home or the stub cannot be created
  public static void main(String[] args) throws IOException {
    Path home = Files.createTempDirectory("doublezero-aot-training");
    HttpServer ledger =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ledger.createContext("/", AotTraining::answer);
    ledger.start();
    try {
      String url = "http://127.0.0.1:" + ledger.getAddress().getPort();
      CliEnv env = CliEnv.of(Map.of(), home);
      CliMain.version();
      run(env, "--help");
      run(env, "device", "--help");
      run(env, "config", "get");
      run(env, "keygen", "-o", home.resolve(".config/doublezero/id.json").toString());
      run(env, "config", "set", "--url", url);
      run(env, "config", "get");
      run(env, "address");
      for (String list :
          new String[] {"device", "link", "user", "location", "exchange", "contributor"}) {
        run(env, list, "list");
        run(env, list, "list", "--json");
      }
      run(env, "device", "get", "--code", "none");
      run(env, "balance");
    } finally {
      ledger.stop(0);
      delete(home);
    }
  }

  private static void run(CliEnv env, String... args) {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    DoubleZeroCli.run(discard, discard, env, args);
  }

  /// An empty ledger: no accounts, zero balances; any other method is "method not found".
  private static void answer(HttpExchange ex) throws IOException {
    String body;
    try (InputStream in = ex.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = METHOD.matcher(body);
    String method = m.find() ? m.group(1) : "";
    String result =
        switch (method) {
          case "getProgramAccounts" -> "\"result\":[]";
          case "getAccountInfo" -> "\"result\":{\"context\":{\"slot\":1},\"value\":null}";
          case "getBalance" -> "\"result\":{\"context\":{\"slot\":1},\"value\":0}";
          default -> "\"error\":{\"code\":-32601,\"message\":\"Method not found\"}";
        };
    byte[] out = ("{\"jsonrpc\":\"2.0\"," + result + ",\"id\":1}").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
