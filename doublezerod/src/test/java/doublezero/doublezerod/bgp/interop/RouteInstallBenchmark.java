package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netlink.KernelRoute;
import doublezero.doublezerod.netlink.Netlink;
import doublezero.doublezerod.netns.Netns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/// Benchmark harness of issue 12 (not a unit test; run by hand, see docs/benchmarks.md): GoBGP
/// announces N prefixes to two clients in their own namespaces, our speaker + route installer (a
/// separate JVM, as the daemon) and BIRD 2 with its kernel protocol; each namespace's main table is
/// polled over netlink every 5 ms. Prints the time from the first to the last route in the kernel,
/// from client start to the last route, the ratio, and the RSS of our client process.
public final class RouteInstallBenchmark {
  private static final int BIRD_PROTOCOL = 12;

  private RouteInstallBenchmark() {}

  /// @param args optional route count (default 10000)
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("dz-bench");
    try (Netns device = Netns.create("dzbd");
        Netns ours = Netns.create("dzbo");
        Netns bird = Netns.create("dzbb")) {
      ours.veth("dzv0", "169.254.0.1/31", device, "dzv1", "169.254.0.0/31");
      ours.exec("ip", "addr", "add", "10.250.0.5/32", "dev", "dzv0");
      bird.veth("dzv2", "169.254.0.3/31", device, "dzv3", "169.254.0.2/31");
      Process gobgpd = startGobgp(device, dir, n);
      n = announced(device);
      try {
        Map<String, Long> oursResult = runOurs(ours, dir, n);
        Map<String, Long> birdResult = runBird(bird, dir, n);
        double ratio = (double) oursResult.get("firstToAll") / birdResult.get("firstToAll");
        System.out.printf("routes=%d%n", n);
        System.out.printf(
            "ours: first->all %d ms, start->all %d ms, rss %d MiB%n",
            oursResult.get("firstToAll") / 1_000_000,
            oursResult.get("startToAll") / 1_000_000,
            oursResult.get("rssKib") / 1024);
        System.out.printf(
            "bird: first->all %d ms, start->all %d ms%n",
            birdResult.get("firstToAll") / 1_000_000, birdResult.get("startToAll") / 1_000_000);
        System.out.printf("ratio ours/bird (first->all): %.2f%n", ratio);
      } finally {
        gobgpd.destroyForcibly().waitFor();
      }
    } finally {
      Netns.deleteTree(dir);
    }
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

  private static Map<String, Long> runOurs(Netns ns, Path dir, int n) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("ours.log");
    long start = System.nanoTime();
    Process client =
        new ProcessBuilder(
                "ip",
                "netns",
                "exec",
                ns.name(),
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                RouteBenchClient.class.getName(),
                "169.254.0.1",
                "169.254.0.0",
                "10.250.0.5",
                Integer.toString(n))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      Map<String, Long> result = poll(ns, n, start, 186);
      for (int i = 0; i < 100 && !result.containsKey("rssKib"); i++) {
        Thread.sleep(100);
        Files.readAllLines(log).stream()
            .filter(l -> l.startsWith("rss_kib "))
            .findFirst()
            .ifPresent(l -> result.put("rssKib", Long.parseLong(l.substring(8))));
      }
      return result;
    } catch (IllegalStateException e) {
      System.out.println(Files.readString(log));
      throw e;
    } finally {
      client.destroyForcibly().waitFor();
    }
  }

  private static Map<String, Long> runBird(Netns ns, Path dir, int n) throws Exception {
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
          ipv4 { import all; export none; };
        }
        """);
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
    try {
      return poll(ns, n, start, BIRD_PROTOCOL);
    } catch (IllegalStateException e) {
      System.out.println(
          ns.exec(
              "birdc",
              "-s",
              dir.resolve("bird-client.ctl").toString(),
              "show",
              "protocols",
              "all"));
      System.out.println(ns.exec("ip", "route"));
      throw e;
    } finally {
      bird.destroyForcibly().waitFor();
    }
  }

  private static Map<String, Long> poll(Netns ns, int n, long start, int protocol)
      throws Exception {
    return ns.call(
        () -> {
          Map<String, Long> r = new HashMap<>();
          try (Netlink nl = Netlink.open()) {
            long first = 0;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
              long count = count(nl.routes(), protocol);
              long now = System.nanoTime();
              if (count > 0 && first == 0) {
                first = now;
              }
              if (count >= n) {
                r.put("firstToAll", now - first);
                r.put("startToAll", now - start);
                return r;
              }
              Thread.sleep(5);
            }
          }
          throw new IllegalStateException("routes did not all arrive within 30 s");
        });
  }

  private static long count(List<KernelRoute> routes, int protocol) {
    return routes.stream().filter(k -> k.protocol() == protocol && k.table() == 254).count();
  }
}
