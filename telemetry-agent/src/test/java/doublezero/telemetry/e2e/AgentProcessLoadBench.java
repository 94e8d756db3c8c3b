package doublezero.telemetry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.telemetry.journal.Circuit;
import doublezero.testkit.ProcessMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Benchmark for docs/benchmarks.md, run only with `-Dtelemetry.bench=true`: the agent as its
/// launcher runs it (`bin/doublezero-telemetry-agent`, the launcher's JVM options) in a network
/// namespace, device A of a localnet with 500 activated WAN links (built with instructions, the
/// activator allocating each tunnel_net), each link's /31 on the veth, one reflector answering all
/// 500 peer addresses in the other namespace. After a warm-up it reads the agent's CPU time and RSS
/// from `/proc` and its samples-taken counter from its metrics endpoint; at the end it counts the
/// samples that landed on chain. The module must be packaged first (the launcher builds it
/// otherwise). Properties: `telemetry.bench.peers` (500), `telemetry.bench.warmup` (30 s),
/// `telemetry.bench.seconds` (60 s), `telemetry.bench.agent.jvm` (replaces the launcher's JVM
/// options).
class AgentProcessLoadBench {
  private static final String TAKEN = "doublezero_device_telemetry_agent_samples_taken_total";
  private static final String SUBMITTED =
      "doublezero_device_telemetry_agent_samples_submitted_total";
  @TempDir Path dir;

  @Test
  void launchedAgentWithFiveHundredPeersOnChain() throws Exception {
    assumeTrue(Boolean.getBoolean("telemetry.bench"), "run with -Dtelemetry.bench=true");
    int peers = Integer.getInteger("telemetry.bench.peers", 500);
    int warmUp = Integer.getInteger("telemetry.bench.warmup", 30);
    int seconds = Integer.getInteger("telemetry.bench.seconds", 60);
    try (AgentLab lab = AgentLab.start(dir)) {
      long t0 = System.nanoTime();
      List<DeviceStar.Spoke> spokes = DeviceStar.grow(lab.devices, peers - 1);
      System.out.printf(
          "BENCH chain: %d more devices and links activated in %.1f s%n",
          spokes.size(), (System.nanoTime() - t0) / 1e9);
      lab.lab.addTunnels(spokes.stream().map(DeviceStar.Spoke::tunnelNet).toList());
      try (JvmProcess reflector =
          JvmProcess.start(
              lab.lab.nsZ,
              dir.resolve("reflector.log"),
              ImpairedReflector.class.getName(),
              List.of(String.valueOf(AgentLab.PORT), "0", "0"))) {
        LinkedDevices.await("reflector ready", () -> reflector.logContains("ready"));
        measure(lab, spokes, peers, warmUp, seconds);
      }
    }
  }

  private void measure(
      AgentLab lab, List<DeviceStar.Spoke> spokes, int peers, int warmUp, int seconds)
      throws Exception {
    Path log = dir.resolve("agent-launched.log");
    List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.lab.nsA));
    cmd.add(Path.of("..", "bin", "doublezero-telemetry-agent").toAbsolutePath().toString());
    cmd.addAll(lab.ledgerArgs("a"));
    cmd.addAll(List.of("--probe-interval", "1s", "--submission-interval", "60s"));
    cmd.addAll(lab.metricsFlags("a"));
    ProcessBuilder builder = new ProcessBuilder(cmd);
    String jvm = System.getProperty("telemetry.bench.agent.jvm", "");
    if (!jvm.isBlank()) {
      builder.environment().put("DZ_JVM_OPTS", jvm);
    }
    Process agent =
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      LinkedDevices.await(
          "agent found " + peers + " peers",
          Duration.ofSeconds(120),
          () -> read(log).contains("event=peers-changed count=" + peers));
      String comm = Files.readString(Path.of("/proc", agent.pid() + "", "comm")).strip();
      assertThat(comm).as("the launcher execs the JVM in place").isEqualTo("java");
      Thread.sleep(warmUp * 1000L);
      Map<String, Long> threads0 = threadTicks(agent.pid());
      long cpu0 = cpuTicks(agent.pid());
      long taken0 = lab.metric("a", TAKEN);
      long wall0 = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      long cpu1 = cpuTicks(agent.pid());
      Map<String, Long> threads1 = threadTicks(agent.pid());
      long taken1 = lab.metric("a", TAKEN);
      double wall = (System.nanoTime() - wall0) / 1e9;
      ProcessMemory memory = ProcessMemory.of(agent.pid());
      System.out.printf(
          "BENCH launched agent, %d peers, 1 s probes, %.0f s after %d s warm-up: CPU %.2f %% of"
              + " one core, samples taken %d (%.1f/s), VmRSS %d kB, VmHWM %d kB, submitted so far"
              + " %d%n",
          peers,
          wall,
          warmUp,
          (cpu1 - cpu0) / 100.0 / wall * 100,
          taken1 - taken0,
          (taken1 - taken0) / wall,
          memory.rssKiB(),
          memory.peakRssKiB(),
          lab.metric("a", SUBMITTED));
      System.out.println(
          "BENCH CPU by thread group (ticks of 10 ms): " + delta(threads0, threads1));
      assertThat(taken1 - taken0).isGreaterThan((long) (peers * wall * 0.9));
    } finally {
      agent.destroy();
      agent.waitFor();
    }
    long onChain = 0;
    int accounts = 0;
    for (DeviceStar.Spoke s : spokes) {
      Optional<DeviceLatencySamples> got =
          lab.samples(new Circuit(lab.devices.deviceA, s.device(), s.link()), 0);
      if (got.isPresent()) {
        accounts++;
        onChain += got.get().samples().size();
      }
    }
    System.out.printf(
        "BENCH on chain after stop: %d of %d spoke circuits' accounts, %d samples%n",
        accounts, spokes.size(), onChain);
  }

  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", pid + "", "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
  }

  /// @return CPU ticks per thread group (thread name without trailing digits), from each task's
  ///   `/proc/PID/task/TID/{comm,stat}`
  private static Map<String, Long> threadTicks(long pid) throws IOException {
    Map<String, Long> ticks = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", pid + "", "task"))) {
      for (Path t : tasks.toList()) {
        try {
          String name = Files.readString(t.resolve("comm")).strip().replaceAll("[-0-9]+$", "");
          String stat = Files.readString(t.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks.merge(
              name + "/" + t.getFileName(),
              Long.parseLong(f[11]) + Long.parseLong(f[12]),
              Long::sum);
        } catch (IOException gone) {
          // the thread ended between the listing and the read
        }
      }
    }
    return ticks;
  }

  private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> groups = new TreeMap<>();
    after.forEach(
        (k, v) ->
            groups.merge(
                k.substring(0, k.indexOf('/')), v - before.getOrDefault(k, 0L), Long::sum));
    groups.values().removeIf(v -> v == 0);
    return groups;
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
