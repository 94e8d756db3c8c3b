package doublezero.doublezerod.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.doublezerod.UnixHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The `doublezerod` process: single-dash flags, one JSON object per log line on stdout, the API on
/// its socket while the ledger is unreachable, Prometheus on `-metrics-addr`, SIGTERM → exit 0 with
/// the socket unlinked. A bad flag is one `Error:` line and exit 1.
class DaemonProcessTest {
  @TempDir Path dir;

  Process start(String... flags) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                DoublezerodMain.class.getName()));
    cmd.addAll(List.of(flags));
    return new ProcessBuilder(cmd)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(dir.resolve("out.log").toFile())
        .start();
  }

  @Test
  void servesUntilSigterm() throws Exception {
    Path sock = dir.resolve("run/doublezerod.sock");
    Process p =
        start(
            "-sock-file",
            sock.toString(),
            "-state-dir",
            dir.resolve("state").toString(),
            "-env",
            "localnet",
            "-solana-rpc-endpoint",
            "http://127.0.0.1:9",
            "-client-ip",
            "64.86.249.80",
            "-latency-probing=false",
            "-tunnel-backend",
            "userspace",
            "-metrics-addr",
            "127.0.0.1:0",
            "-reconciler-poll-interval",
            "1");
    try {
      // the socket file appears at bind(), a moment before the server accepts: wait for an answer
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .until(() -> UnixHttp.get(sock, "/v2/status").status() == 200);
      assertThat(UnixHttp.get(sock, "/v2/status").body())
          .isEqualTo(
              "{\"reconciler_enabled\":false,"
                  + "\"client_ip\":\"64.86.249.80\",\"network\":\"localnet\",\"services\":[]}\n");
      assertThat(UnixHttp.get(sock, "/latency").status()).isEqualTo(404);
      assertThat(UnixHttp.post(sock, "/enable", "").body()).isEqualTo("{\"status\":\"ok\"}\n");
    } finally {
      p.destroy();
    }
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(sock).doesNotExist();
    String out = Files.readString(dir.resolve("out.log"));
    ObjectMapper json = new ObjectMapper();
    for (String line : out.lines().toList()) {
      assertThat(json.readTree(line).has("msg")).as(line).isTrue();
    }
    assertThat(out)
        .contains(
            "\"msg\":\"reconciler: discovered client IP\"",
            "\"method\":\"explicit flag\"",
            "\"msg\":\"doublezerod: stopped\"");
    Matcher m = Pattern.compile("\"metrics_port\":(\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(Files.readString(dir.resolve("state/state.json"))).contains("true");
  }

  @Test
  void badFlagIsOneErrorLine() throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                DoublezerodMain.class.getName(),
                "-probe-interval",
                "soon"));
    Process p = new ProcessBuilder(cmd).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err.lines().toList())
        .singleElement()
        .asString()
        .startsWith("Error: ")
        .contains("-probe-interval");
  }

  @Test
  void metricsAreServed() throws Exception {
    Path sock = dir.resolve("m.sock");
    Process p =
        start(
            "-sock-file",
            sock.toString(),
            "-state-dir",
            dir.toString(),
            "-env",
            "localnet",
            "-solana-rpc-endpoint",
            "http://127.0.0.1:9",
            "-client-ip",
            "64.86.249.80",
            "-latency-probing=false",
            "-metrics-enable",
            "-metrics-addr",
            "127.0.0.1:0");
    try {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Files.exists(dir.resolve("out.log"))
                      && Files.readString(dir.resolve("out.log")).contains("metrics_port"));
      String port = null;
      Matcher m =
          Pattern.compile("\"metrics_port\":(\\d+)")
              .matcher(Files.readString(dir.resolve("out.log")));
      if (m.find()) {
        port = m.group(1);
      }
      assertThat(port).isNotNull();
      try (HttpClient http = HttpClient.newHttpClient()) {
        String body =
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(body)
            .contains(
                "doublezero_build_info",
                "doublezero_reconciler_polls_total",
                "doublezero_onchain_stale_cache_age_seconds",
                "doublezero_session_is_up 0");
      }
    } finally {
      p.destroy();
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }
}
