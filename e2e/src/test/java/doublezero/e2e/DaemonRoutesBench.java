package doublezero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.testkit.ProcessMemory;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Benchmark for docs/benchmarks.md, run only with `-De2e.bench=true`: the whole daemon's memory
/// with 10,000 BGP routes. The network of [ConnectE2eTest] (client, device and ledger, doublezerod
/// with `bin/doublezerod`'s JVM options), the device's BIRD announcing 10,000 more /24s; after
/// `connect ibrl` it waits until all 10,002 are in the client's main table, then reads the daemon's
/// `VmRSS` and `VmHWM` from `/proc`.
class DaemonRoutesBench {
  static final int ROUTES = 10_000;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Boolean.getBoolean("e2e.bench"), "run with -De2e.bench=true");
    ConnectE2eTest.dir = dir;
    ConnectE2eTest.start();
    ConnectE2eTest.device.announceExtra(ROUTES);
  }

  @AfterAll
  static void stop() throws Exception {
    if (Boolean.getBoolean("e2e.bench")) {
      ConnectE2eTest.stop();
    }
  }

  @Test
  void daemonRssWithTenThousandRoutes() throws Exception {
    long t0 = System.nanoTime();
    assertThat(ConnectE2eTest.cli("connect", "ibrl").out()).endsWith("✅  User Provisioned\n");
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> bgpRouteCount() >= ROUTES + 2);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(2_000);
    ProcessMemory memory = ProcessMemory.of(ConnectE2eTest.daemon.pid());
    System.out.printf(
        "BENCH doublezerod with %d BGP routes (connect to all installed %.1f s): VmRSS %d kB,"
            + " VmHWM %d kB%n",
        bgpRouteCount(), seconds, memory.rssKiB(), memory.peakRssKiB());
    assertThat(ConnectE2eTest.cli("disconnect", "--client-ip", ConnectE2eTest.CLIENT_IP).out())
        .endsWith("✅  Deprovisioning Complete\n");
    await().atMost(Duration.ofSeconds(30)).until(() -> bgpRouteCount() == 0);
  }

  private static long bgpRouteCount() {
    return ConnectE2eTest.clientNs
        .exec("ip", "route", "show", "table", "main", "proto", "bgp")
        .lines()
        .count();
  }
}
