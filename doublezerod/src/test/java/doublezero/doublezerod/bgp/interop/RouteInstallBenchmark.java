package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netlink.Rtnetlink;
import doublezero.doublezerod.netns.Netns;
import doublezero.testkit.ProcessMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/// Benchmark harness of issue 12 (not a unit test; run by hand, see docs/benchmarks.md): GoBGP
/// announces N prefixes to two clients in their own namespaces, our speaker + route installer (a
/// separate JVM with the daemon launcher's JVM options, [RouteBenchClient]) and BIRD 2 with its
/// kernel protocol. Each round starts both clients in turn (the order alternates) on an emptied
/// table and records, from a route subscription in that namespace, the time from the first to the
/// N-th route in the kernel and from the client's start to the N-th; then the RSS of our client.
/// Prints each round and the medians.
public final class RouteInstallBenchmark {
  private static final int BIRD_PROTOCOL = 12;
  private static final String LAUNCHER_OPTS =
      "-Xlog:disable -Xlog:all=warning,aot=off,cds=off:stderr --enable-native-access=ALL-UNNAMED";

  private RouteInstallBenchmark() {}

  /// One client's run: times in ns, RSS in KiB (0 for BIRD).
  private record Run(long firstToAll, long startToAll, long rssKib, long peakKib, long cpu) {}

  /// @param args route count (default 10000), rounds (default 5); system property `bench.jvmOpts`
  ///   replaces the JVM options read from `bin/doublezerod`, `bench.jfr` (a directory) records each
  ///   client JVM with JFR
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> jvm = jvmOptions();
    System.out.println("client JVM options: " + String.join(" ", jvm));
    System.out.println("load at start: " + Files.readString(Path.of("/proc/loadavg")).trim());
    Path dir = Files.createTempDirectory("dz-bench");
    try (Netns device = Netns.create("dzbd");
        Netns ours = Netns.create("dzbo");
        Netns bird = Netns.create("dzbb")) {
      ours.veth("dzv0", "169.254.0.1/31", device, "dzv1", "169.254.0.0/31");
      ours.exec("ip", "addr", "add", "10.250.0.5/32", "dev", "dzv0");
      bird.veth("dzv2", "169.254.0.3/31", device, "dzv3", "169.254.0.2/31");
      Process gobgpd = startGobgp(device, dir, n);
      n = announced(device);
      System.out.printf("routes=%d rounds=%d%n", n, rounds);
      List<Run> oursRuns = new ArrayList<>();
      List<Run> birdRuns = new ArrayList<>();
      try {
        for (int round = 1; round <= rounds; round++) {
          Run o;
          Run b;
          if (round % 2 == 1) {
            o = runOurs(ours, dir, n, jvm, round);
            b = runBird(bird, dir, n);
          } else {
            b = runBird(bird, dir, n);
            o = runOurs(ours, dir, n, jvm, round);
          }
          oursRuns.add(o);
          birdRuns.add(b);
          System.out.printf(
              "round %d: ours first->all %d ms (cpu %d ms), start->all %d ms, rss %d MiB (peak"
                  + " %d MiB) | bird first->all %d ms (cpu %d ms), start->all %d ms | ratio %.2f |"
                  + " load %s%n",
              round,
              o.firstToAll() / 1_000_000,
              o.cpu() / 1_000_000,
              o.startToAll() / 1_000_000,
              o.rssKib() / 1024,
              o.peakKib() / 1024,
              b.firstToAll() / 1_000_000,
              b.cpu() / 1_000_000,
              b.startToAll() / 1_000_000,
              (double) o.firstToAll() / b.firstToAll(),
              Files.readString(Path.of("/proc/loadavg")).trim());
        }
      } finally {
        gobgpd.destroyForcibly().waitFor();
      }
      long oursMedian = median(oursRuns.stream().mapToLong(Run::firstToAll).toArray());
      long birdMedian = median(birdRuns.stream().mapToLong(Run::firstToAll).toArray());
      System.out.printf(
          "median: ours first->all %d ms, start->all %d ms, rss %d MiB (peak %d MiB) |"
              + " bird first->all %d ms, start->all %d ms | ratio of medians %.2f, median of"
              + " ratios %.2f | cpu first->all: ours %d ms, bird %d ms%n",
          oursMedian / 1_000_000,
          median(oursRuns.stream().mapToLong(Run::startToAll).toArray()) / 1_000_000,
          median(oursRuns.stream().mapToLong(Run::rssKib).toArray()) / 1024,
          median(oursRuns.stream().mapToLong(Run::peakKib).toArray()) / 1024,
          birdMedian / 1_000_000,
          median(birdRuns.stream().mapToLong(Run::startToAll).toArray()) / 1_000_000,
          (double) oursMedian / birdMedian,
          medianRatio(oursRuns, birdRuns),
          median(oursRuns.stream().mapToLong(Run::cpu).toArray()) / 1_000_000,
          median(birdRuns.stream().mapToLong(Run::cpu).toArray()) / 1_000_000);
      System.out.println("load at end: " + Files.readString(Path.of("/proc/loadavg")).trim());
    } finally {
      Netns.deleteTree(dir);
    }
  }

  private static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double medianRatio(List<Run> ours, List<Run> bird) {
    double[] r = new double[ours.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = (double) ours.get(i).firstToAll() / bird.get(i).firstToAll();
    }
    Arrays.sort(r);
    return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
  }

  /// @return `bench.jvmOpts`, else the default `DZ_JVM_OPTS` of `bin/doublezerod`, plus the options
  ///   `bin/_launcher.sh` always adds
  private static List<String> jvmOptions() throws Exception {
    String opts = System.getProperty("bench.jvmOpts");
    if (opts == null) {
      Path launcher = Path.of("bin/doublezerod");
      Matcher m =
          Pattern.compile("DZ_JVM_OPTS=\"\\$\\{DZ_JVM_OPTS:-([^}]*)}\"")
              .matcher(Files.readString(launcher));
      if (!m.find()) {
        throw new IllegalStateException("no DZ_JVM_OPTS default in " + launcher.toAbsolutePath());
      }
      opts = m.group(1);
    }
    List<String> out = new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
    out.addAll(Arrays.asList(LAUNCHER_OPTS.split(" ")));
    return out;
  }

  private static Process startGobgp(Netns device, Path dir, int n) throws Exception {
    Path config = dir.resolve("gobgpd.toml");
    StringBuilder toml =
        new StringBuilder(
            """
            [global.config]
              as = 65342
              router-id = "169.254.0.0"
            """);
    for (String[] nb :
        new String[][] {{"169.254.0.1", "169.254.0.0"}, {"169.254.0.3", "169.254.0.2"}}) {
      toml.append(
          """
          [[neighbors]]
            [neighbors.config]
              neighbor-address = "%s"
              peer-as = 65000
            [neighbors.timers.config]
              idle-hold-time-after-reset = 1
            [neighbors.transport.config]
              passive-mode = true
              local-address = "%s"
            [[neighbors.afi-safis]]
              [neighbors.afi-safis.config]
                afi-safi-name = "ipv4-unicast"
          """
              .formatted(nb[0], nb[1]));
    }
    Files.writeString(config, toml);
    Process p =
        device.spawn(
            dir.resolve("gobgpd.log"),
            "gobgpd",
            "-f",
            config.toString(),
            "-p",
            "--api-hosts",
            "127.0.0.1:50051",
            "--pprof-disable");
    Path mrt = dir.resolve("routes.mrt");

    for (int i = 0; ; i++) {
      try {
        device.exec("gobgp", "global");
        break;
      } catch (IllegalStateException notYet) {
        if (i > 100) {
          throw notYet;
        }
        Thread.sleep(50);
      }
    }
    // the gobgp CLI may exit before its whole stream is sent: inject what is missing until
    // everything is in
    for (int round = 0; round < 8 && announced(device) < n; round++) {
      Set<String> have =
          Set.of(
              device
                  .exec("gobgp", "global", "rib", "-a", "ipv4")
                  .lines()
                  .map(l -> l.trim().split("\\s+"))
                  .filter(f -> f.length > 1)
                  .map(f -> f[1])
                  .toArray(String[]::new));
      List<Integer> missing =
          IntStream.range(0, n).filter(i -> !have.contains(MrtWriter.prefix(i))).boxed().toList();
      List<Integer> withSentinel = new ArrayList<>(missing);
      withSentinel.add(n + 1000 + round); // the CLI never sends the last entry of a file
      MrtWriter.write(mrt, withSentinel);
      device.exec("gobgp", "mrt", "inject", "global", mrt.toString());
      Thread.sleep(300);
    }
    if (announced(device) < n * 99L / 100) {
      throw new IllegalStateException("gobgp holds only " + announced(device) + " prefixes");
    }
    return p;
  }

  /// @return how many prefixes gobgp announces (every client receives exactly these)
  private static int announced(Netns device) {
    String summary = device.exec("gobgp", "global", "rib", "summary", "-a", "ipv4");
    Matcher m = Pattern.compile("Destination: (\\d+)").matcher(summary);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static Run runOurs(Netns ns, Path dir, int n, List<String> jvm, int round)
      throws Exception {
    ns.exec("ip", "route", "flush", "proto", "bgp");
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("ours-" + round + ".log");
    List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", ns.name(), java));
    command.addAll(jvm);
    String jfr = System.getProperty("bench.jfr");
    if (jfr != null) {
      command.add("-XX:StartFlightRecording=filename=" + jfr + "/ours-" + round + ".jfr");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            RouteBenchClient.class.getName(),
            "169.254.0.1",
            "169.254.0.0",
            "10.250.0.5"));
    try (KernelRouteCounter counter = new KernelRouteCounter(ns, Rtnetlink.RTPROT_BGP, n)) {
      long start = System.nanoTime();
      Process client =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      counter.watch(client.pid());
      try {
        long[] t = counter.await();
        Thread.sleep(1000);
        long[] rss = rss(client.pid());
        return new Run(t[1] - t[0], t[1] - start, rss[0], rss[1], counter.cpuBetween());
      } catch (IllegalStateException e) {
        System.out.println(Files.readString(log));
        throw e;
      } finally {
        client.destroy();
        if (!client.waitFor(10, TimeUnit.SECONDS)) {
          client.destroyForcibly().waitFor();
        }
        Files.readAllLines(log).stream()
            .filter(l -> l.startsWith("listener_calls"))
            .forEach(l -> System.out.println("  ours: " + l));
      }
    }
  }

  /// @return {VmRSS, VmHWM} of the process, KiB (the process is `java`: `ip netns exec` execs it)
  private static long[] rss(long pid) throws Exception {
    ProcessMemory memory = ProcessMemory.of(pid);
    String comm = Files.readString(Path.of("/proc/" + pid + "/comm")).trim();
    if (!comm.equals("java")) {
      throw new IllegalStateException("pid " + pid + " is " + comm + ", not the client JVM");
    }
    return new long[] {memory.rssKiB(), memory.peakRssKiB()};
  }

  private static Run runBird(Netns ns, Path dir, int n) throws Exception {
    ns.exec("ip", "route", "flush", "proto", "bird");
    Path config = dir.resolve("bird-client.conf");
    Files.writeString(
        config,
        """
        router id 169.254.0.3;
        protocol device {}
        protocol kernel { ipv4 { import none; export all; }; }
        protocol bgp dz {
          local 169.254.0.3 as 65000;
          neighbor 169.254.0.2 as 65342;
          connect delay time 1;
          connect retry time 2;
          ipv4 { import all; export none; };
        }
        """);
    Files.deleteIfExists(dir.resolve("bird-client.ctl"));
    try (KernelRouteCounter counter = new KernelRouteCounter(ns, BIRD_PROTOCOL, n)) {
      long start = System.nanoTime();
      Process bird =
          ns.spawn(
              dir.resolve("bird-client.log"),
              "bird",
              "-f",
              "-c",
              config.toString(),
              "-s",
              dir.resolve("bird-client.ctl").toString());
      counter.watch(bird.pid());
      try {
        long[] t = counter.await();
        return new Run(t[1] - t[0], t[1] - start, 0, 0, counter.cpuBetween());
      } catch (IllegalStateException e) {
        System.out.println(
            ns.exec(
                "birdc",
                "-s",
                dir.resolve("bird-client.ctl").toString(),
                "show",
                "protocols",
                "all"));
        throw e;
      } finally {
        bird.destroyForcibly().waitFor();
      }
    }
  }
}
