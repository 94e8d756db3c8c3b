package doublezero.localnet.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.localnet.TestRpc;
import doublezero.localnet.programs.NetworkFixture;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Issue 6 acceptance: 200 users over 2 devices are created concurrently while the activator runs
/// as a separate process that is killed with SIGKILL and restarted 5 times. Every user ends
/// Activated, no two hold the same (device, tunnel_id), tunnel_net or dz_ip, and the last
/// activator's pools hold exactly what the users hold (read from its metrics endpoint). SIGTERM
/// then stops it with exit code 0.
@NeedsLedgerInternals(
    "exact pool contents: compares the activator's pools with every user on the ledger (200 users"
        + " over 2 devices), which only holds on a ledger no one else writes")
class ActivatorCrashAcceptanceTest {
  static final int USERS = 200;
  @TempDir Path dir;

  @Test
  void survivesFiveKillsWithoutDuplicatesOrLeaks() throws Exception {
    try (E2eNetwork n = E2eNetwork.start(dir.resolve("ledger"))) {
      Path key = dir.resolve("activator.json");
      KeypairFile.write(key, n.h.foundation);
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      ChildActivator child = new ChildActivator(n, key, port, dir.resolve("activator.log"));
      child.start();
      PublicKey[] devices = {
        n.device("la2-dz01", "207.45.216.134", "100.0.0.0/25", 128),
        n.device("ny5-dz01", "64.86.249.80", "100.0.1.0/25", 128)
      };
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  n.h.account(devices[0], Device.class).status() == DeviceStatus.ACTIVATED
                      && n.h.account(devices[1], Device.class).status() == DeviceStatus.ACTIVATED);
      List<Keypair> payers = List.of(n.h.funded(), n.h.funded(), n.h.funded(), n.h.funded());
      List<Ipv4Address> ips = NetworkFixture.clientIps(USERS);
      TestRpc rpc = new TestRpc(n.h.rpcUrl());
      List<Transaction> passes = new ArrayList<>();
      for (int i = 0; i < USERS; i += 6) {
        List<Instruction> batch = new ArrayList<>();
        for (int j = i; j < Math.min(USERS, i + 6); j++) {
          batch.add(n.f.accessPass(ips.get(j), payers.get(j % payers.size()).publicKey()));
        }
        passes.add(rpc.signed(batch, n.h.foundation, List.of(n.h.foundation)));
      }
      passes.forEach(
          t -> assertThat(rpc.send(t, false).has("result")).as("access pass batch").isTrue());
      AtomicInteger created = new AtomicInteger();
      Thread creator =
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = 0; i < USERS; i++) {
                      Keypair payer = payers.get(i % payers.size());
                      UserType type = i % 2 == 0 ? UserType.IBRL : UserType.IBRL_WITH_ALLOCATED_IP;
                      n.h.ok(payer, n.createUser(payer, devices[i % 2], type, ips.get(i)));
                      created.incrementAndGet();
                      sleep(40);
                    }
                  });
      for (int k = 0; k < 5; k++) {
        sleep(1_500 + 300L * k);
        child.kill();
        child.start();
      }
      creator.join();
      await()
          .atMost(Duration.ofSeconds(40))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> activated(n) == USERS);
      List<DecodedAccount<User>> users = n.h.serviceability.getAll(AccountType.USER, User.class);
      Set<String> tunnels = new HashSet<>();
      Set<Object> nets = new HashSet<>();
      Set<Object> dzIps = new HashSet<>();
      int allocated = 0;
      for (DecodedAccount<User> d : users) {
        User u = d.state();
        assertThat(tunnels.add(u.devicePk() + "/" + u.tunnelId()))
            .as("tunnel id %s", u.tunnelId())
            .isTrue();
        assertThat(nets.add(u.tunnelNet())).as("tunnel_net %s", u.tunnelNet()).isTrue();
        assertThat(dzIps.add(u.dzIp())).as("dz_ip %s", u.dzIp()).isTrue();
        allocated += u.userType() == UserType.IBRL_WITH_ALLOCATED_IP ? 1 : 0;
      }
      int allocatedUsers = allocated;
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                String metrics = scrape(port);
                assertThat(
                        gauge(
                            metrics,
                            "doublezero_activator_pool_assigned{pool=\"user_tunnel_block\"}"))
                    .isEqualTo(2.0 * USERS);
                assertThat(
                        gauge(metrics, "doublezero_activator_pool_assigned{pool=\"tunnel_ids\"}"))
                    .isEqualTo(USERS);
                assertThat(gauge(metrics, "doublezero_activator_event_handled"))
                    .as("the reference's exact name")
                    .isPositive();
                double dz = 0;
                for (String line : metrics.lines().toList()) {
                  if (line.startsWith("doublezero_activator_device_assigned_ips{")) {
                    dz += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                  }
                }
                assertThat(dz).isEqualTo(allocatedUsers);
              });
      assertThat(child.terminate()).as("exit code after SIGTERM").isZero();
    }
  }

  static long activated(E2eNetwork n) {
    return n.h.serviceability.getAll(AccountType.USER, User.class).stream()
        .filter(u -> u.state().status() == UserStatus.ACTIVATED)
        .count();
  }

  static String scrape(int port) throws IOException, InterruptedException {
    try (HttpClient c = HttpClient.newHttpClient()) {
      return c.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }

  static double gauge(String metrics, String series) {
    return metrics
        .lines()
        .filter(l -> l.startsWith(series + " "))
        .findFirst()
        .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .orElse(-1.0);
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /// The activator as a child JVM on this test's class path.
  static final class ChildActivator {
    private final List<String> command;
    private final Path log;
    private Process process;

    ChildActivator(E2eNetwork n, Path key, int metricsPort, Path log) {
      String java = ProcessHandle.current().info().command().orElse("java");
      this.command =
          List.of(
              java,
              "-cp",
              System.getProperty("java.class.path"),
              "doublezero.activator.launch.ActivatorMain",
              "--rpc",
              n.h.rpcUrl(),
              "--ws",
              n.h.wsUrl(),
              "--program-id",
              n.h.programId.toBase58(),
              "--keypair",
              key.toString(),
              "--metrics-addr",
              "127.0.0.1:" + metricsPort,
              "--log-level",
              "info");
      this.log = log;
    }

    void start() throws IOException {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    }

    int terminate() throws InterruptedException {
      process.destroy();
      return process.waitFor();
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
