package doublezero.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.doublezerod.netns.Netns;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// What the tests read from the client namespace with iproute2 (`ip -j ...`), and a TCP exchange
/// with the validator address from inside it.
final class ClientSide {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Netns ns;

  ClientSide(Netns ns) {
    this.ns = ns;
  }

  JsonNode ipJson(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip", "-j"));
    cmd.addAll(List.of(args));
    try {
      String out = ns.exec(cmd.toArray(String[]::new)).strip();
      return JSON.readTree(out.isEmpty() ? "[]" : out);
    } catch (Exception e) {
      throw new IllegalStateException(String.join(" ", cmd) + ": " + e.getMessage(), e);
    }
  }

  /// @return `dst gateway prefsrc protocol` of each bgp route of `table`, e.g. `4.4.4.4 169.254.0.0
  ///   64.86.249.80 bgp`
  List<String> bgpRoutes(String table) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : ipJson("route", "show", "table", table, "proto", "bgp")) {
      out.add(
          r.path("dst").asText()
              + " "
              + r.path("gateway").asText()
              + " "
              + r.path("prefsrc").asText()
              + " "
              + r.path("protocol").asText("bgp"));
    }
    return out.stream().sorted().toList();
  }

  /// @return whether `doublezero0` exists
  boolean tunnelPresent() {
    try {
      ns.exec("ip", "link", "show", "dev", "doublezero0");
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /// Sends a 200 kB line to the validator's echo server from inside the client namespace.
  ///
  /// @return the local address the connection used
  String tcpToValidator() throws Exception {
    return ns.call(
        () -> {
          try (Socket s = new Socket()) {
            s.connect(
                new InetSocketAddress(
                    InetAddress.getByName(DeviceSide.VALIDATOR), DeviceSide.VALIDATOR_PORT),
                5000);
            s.setSoTimeout(10000);
            PrintWriter w = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader r =
                new BufferedReader(
                    new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String line = "v".repeat(200_000);
            w.println(line);
            if (!line.equals(r.readLine())) {
              throw new IllegalStateException("validator echo differs");
            }
            return s.getLocalAddress().getHostAddress();
          }
        });
  }
}
