package doublezero.cli.session;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.config.CliEnv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A ledger that accepts the TCP connection and never answers (issue 17: a command took 123 s to
/// fail): the command fails after the timeout, with one line naming the URL. The tests use a 1 s
/// timeout to stay fast; one checks that the default is 15 s.
class LedgerTimeoutTest {
  @TempDir Path home;
  private ServerSocket silent;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private String url;

  @BeforeEach
  void listen() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    url = "http://127.0.0.1:" + silent.getLocalPort();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                while (true) {
                  held.add(silent.accept()); // accepted, never read, never answered
                }
              } catch (IOException closed) {
                // the test is over
              }
            });
  }

  @AfterEach
  void close() throws IOException {
    silent.close();
    for (Socket s : held) {
      s.close();
    }
  }

  @Test
  void timeoutFlagEndsTheCommandWithOneLineNamingTheUrl() {
    long t0 = System.nanoTime();
    CliRun.Result r = new CliRun(home).run("device", "list", "--url", url, "--timeout", "1");
    double secs = (System.nanoTime() - t0) / 1e9;
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "Error: no answer from the DoubleZero ledger at "
                + url
                + " within 1 s (wait longer with --timeout SECONDS or `timeout: SECONDS` in the CLI"
                + " config file)\n");
    assertThat(held).as("the request reached the silent server").isNotEmpty();
    // the program-version check and the listing each wait at most once in total: 1 s, not 2 s and
    // not 4 retries
    assertThat(secs).isBetween(0.9, 1.9);
  }

  @Test
  void configFileTimeoutApplies() throws IOException {
    Path cfg = home.resolve(".config/doublezero/cli/config.yml");
    Files.createDirectories(cfg.getParent());
    Files.writeString(cfg, "json_rpc_url: " + url + "\ntimeout: 1\n");
    long t0 = System.nanoTime();
    CliRun.Result r = new CliRun(home).run("location", "list");
    double secs = (System.nanoTime() - t0) / 1e9;
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).contains(url, "within 1 s");
    assertThat(secs).isBetween(0.9, 1.9);
  }

  @Test
  void flagBeatsConfigAndDefaultIsFifteenSeconds() throws IOException {
    Session plain = session(Optional.empty());
    assertThat(Session.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(15));
    assertThat(plain.timeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(plain.rpc().config().timeout()).isEqualTo(Duration.ofSeconds(15));
    plain.close();
    Path cfg = home.resolve(".config/doublezero/cli/config.yml");
    Files.createDirectories(cfg.getParent());
    Files.writeString(cfg, "json_rpc_url: " + url + "\ntimeout: 40\n");
    assertThat(session(Optional.empty()).timeout()).isEqualTo(Duration.ofSeconds(40));
    assertThat(session(Optional.of(Duration.ofSeconds(3))).timeout())
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void badTimeoutsAreRefused() throws IOException {
    CliRun cli = new CliRun(home);
    CliRun.Result flag = cli.run("device", "list", "--timeout", "0");
    assertThat(flag.code()).isEqualTo(2);
    assertThat(flag.err()).contains("invalid timeout '0'");
    Path cfg = home.resolve(".config/doublezero/cli/config.yml");
    Files.createDirectories(cfg.getParent());
    Files.writeString(cfg, "json_rpc_url: " + url + "\ntimeout: -5\n");
    CliRun.Result file = cli.run("device", "list");
    assertThat(file.code()).isEqualTo(1);
    assertThat(file.err())
        .isEqualTo(
            "Error: invalid config file "
                + cfg
                + ": invalid timeout '-5': expected whole seconds from 1 to 86400\n");
  }

  @Test
  void configSetStoresTheTimeout() throws IOException {
    CliRun cli = new CliRun(home);
    CliRun.Result r = cli.run("config", "set", "--timeout", "30");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Timeout: 30 s\n");
    assertThat(Files.readString(home.resolve(".config/doublezero/cli/config.yml")))
        .endsWith("timeout: 30\n");
  }

  private Session session(Optional<Duration> timeout) {
    GlobalOptions o =
        new GlobalOptions(
            Optional.empty(),
            Optional.of(url),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            timeout);
    return new Session(
        o,
        CliEnv.of(Map.of(), home),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }
}
