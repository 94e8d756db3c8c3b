package doublezero.controller.service;

import static doublezero.controller.state.Accounts.at;
import static doublezero.controller.state.Accounts.config;
import static doublezero.controller.state.Accounts.device;
import static doublezero.controller.state.Accounts.exchange;
import static doublezero.controller.state.Accounts.ibrl;
import static doublezero.controller.state.Accounts.link;
import static doublezero.controller.state.Accounts.loopback;
import static doublezero.controller.state.Accounts.physical;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.controller.metrics.ConfigEvents;
import doublezero.controller.render.ConfigRenderer;
import doublezero.controller.state.ProgramSnapshot;
import doublezero.controller.state.StateBuilder;
import doublezero.controller.state.StateCache;
import doublezero.controller.state.StateEvents;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.KeyedAccount;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/// The controller benchmarks (docs/benchmarks.md): cache rebuild from 10,000 accounts,
/// GetConfig for a device with 128 users, memory with 1,000 devices and 100,000 users. Run with
/// `-Ddoublezero.bench=true`.
@EnabledIfSystemProperty(named = "doublezero.bench", matches = "true")
class ControllerBenchmarkTest {
  static PublicKey key(int kind, int n) {
    byte[] b = new byte[32];
    ByteBuffer.wrap(b).putInt(kind).putInt(n);
    return PublicKey.of(b);
  }

  /// `devices` devices with 2 loopbacks + 2 link ports each, `usersPerDevice` IBRL users each, a
  /// link per device.
  static List<DecodedAccount<? extends ServiceabilityAccount>> network(
      int devices, int usersPerDevice) {
    List<DecodedAccount<? extends ServiceabilityAccount>> a = new ArrayList<>();
    a.add(at(key(9, 0), config("172.16.0.0/12", "169.254.0.0/16", "233.84.178.0/24")));
    a.add(at(key(8, 0), exchange("xbench", 10001)));
    for (int d = 0; d < devices; d++) {
      String lo = "10." + (d >> 8 & 0xFF) + "." + (d & 0xFF);
      a.add(
          at(
              key(1, d),
              device(
                  "dev" + d,
                  "9." + (d >> 8 & 0xFF) + "." + (d & 0xFF) + ".1",
                  key(8, 0),
                  DeviceStatus.ACTIVATED,
                  List.of(
                      loopback("Loopback255", LoopbackType.VPNV4, lo + ".1/32", d + 1),
                      loopback("Loopback256", LoopbackType.IPV4, lo + ".2/32", 0),
                      physical("Ethernet1", "172.16." + (d & 0xFF) + ".0/31", 2048, 0),
                      physical("Ethernet2", "172.17." + (d & 0xFF) + ".0/31", 2048, 0)))));
      a.add(
          at(
              key(2, d),
              link(
                  key(1, d),
                  "Ethernet1",
                  key(1, (d + 1) % devices),
                  "Ethernet2",
                  1_000_000,
                  0,
                  LinkStatus.ACTIVATED,
                  2048)));
      for (int u = 0; u < usersPerDevice; u++) {
        int n = d * usersPerDevice + u;
        a.add(
            at(
                key(3, n),
                ibrl(
                    key(1, d),
                    "9.200." + (u >> 8 & 0xFF) + "." + (u & 0xFF),
                    "147.100." + (d & 0xFF) + "." + (u & 0xFF),
                    500 + u,
                    "169.254." + (u >> 7) + "." + (u * 2 & 0xFF) + "/31")));
      }
    }
    return a;
  }

  static List<KeyedAccount> raw(List<DecodedAccount<? extends ServiceabilityAccount>> accounts) {
    return accounts.stream()
        .map(
            a ->
                new KeyedAccount(
                    a.address(),
                    new AccountInfo(
                        1,
                        PublicKey.DEFAULT,
                        a.state().encode(),
                        false,
                        0,
                        a.state().encode().length)))
        .toList();
  }

  @Test
  void cacheRebuildFrom10000Accounts() {
    List<KeyedAccount> raw = raw(network(200, 48));
    assertThat(raw.size()).isGreaterThanOrEqualTo(10_000);
    long[] ms = new long[30];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      StateCache c = StateBuilder.build(ProgramSnapshot.decode(raw), StateEvents.NONE);
      ms[i] = (System.nanoTime() - t) / 1_000;
      assertThat(c.devices()).hasSize(200);
    }
    Arrays.sort(ms);
    System.out.printf(
        "BENCH cache-rebuild accounts=%d p50_ms=%.1f p99_ms=%.1f min_ms=%.1f%n",
        raw.size(), ms[15] / 1000.0, ms[29] / 1000.0, ms[0] / 1000.0);
  }

  @Test
  void getConfigFor128Users() {
    StateCache c = StateBuilder.build(ProgramSnapshot.of(network(10, 128)), StateEvents.NONE);
    ConfigService s = new ConfigService(new ConfigRenderer(), 65342, false, ConfigEvents.NONE);
    ConfigQuery q = ConfigQuery.of(key(1, 3).toBase58(), List.of("169.254.9.9", "172.16.3.1"));
    int n = 3000;
    long[] us = new long[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      size = s.config(c, q).length();
      us[i] = (System.nanoTime() - t) / 1_000;
    }
    long[] tail = Arrays.copyOfRange(us, 1000, n);
    Arrays.sort(tail);
    System.out.printf(
        "BENCH getconfig users=128 bytes=%d p50_ms=%.2f p99_ms=%.2f%n",
        size, tail[tail.length / 2] / 1000.0, tail[tail.length * 99 / 100] / 1000.0);
  }

  @Test
  void memoryWith1000DevicesAnd100000Users() throws Exception {
    StateCache c = StateBuilder.build(ProgramSnapshot.of(network(1000, 100)), StateEvents.NONE);
    System.gc();
    Thread.sleep(200);
    System.gc();
    Runtime r = Runtime.getRuntime();
    long heap = r.totalMemory() - r.freeMemory();
    String rss =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("VmRSS"))
            .findFirst()
            .orElse("VmRSS: ?");
    long allocated =
        c.devices().values().stream()
            .mapToLong(d -> d.tunnels().stream().filter(t -> t.allocated()).count())
            .sum();
    assertThat(allocated).isEqualTo(100_000);
    System.out.printf(
        "BENCH memory devices=%d users=%d heap_used_mib=%d %s%n",
        c.devices().size(), allocated, heap >> 20, rss.replaceAll("\\s+", " "));
  }
}
