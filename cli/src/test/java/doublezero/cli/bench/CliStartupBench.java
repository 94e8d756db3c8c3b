package doublezero.cli.bench;

import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/// Benchmark harness (not a unit test) for the CLI's start-up targets (issues 5 and 17):
/// whole-process wall time of `bin/doublezero --version` (≤ 0.3 s and ≤ 3× a bare `java -version`
/// of the same JDK, measured in the same rounds), `bin/doublezero config get` (a command that
/// builds picocli's model and reads the config file), and `bin/doublezero device list` against a
/// localnet holding N devices (≤ 0.8 s); medians of `runs` rounds. Run by `bench/cli-startup.sh`;
/// arguments `[devices=1000] [runs=7] [hold]` (`hold`: seed the ledger, print the home directory
/// whose config names it, and keep it running for profiling instead of timing).
///
/// Set-up (not timed): [LocalNetwork] in this JVM (the network `doublezero-localnet up` runs), a
/// contributor and N devices created with real CreateDevice instructions. Timed: each launcher run
/// as a separate process with `HOME` pointing at a home whose CLI config names the ledger; its
/// stdout is checked to hold N data rows.
public final class CliStartupBench {
  private CliStartupBench() {}

  public static void main(String[] args) throws Exception {
    int devices = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path root = Path.of(System.getProperty("doublezero.root", ".")).toAbsolutePath();
    Path dir = Files.createTempDirectory("cli-bench");
    Path home = dir.resolve("home");
    try (LocalNetwork net =
        LocalNetwork.start(
            new UpConfig(
                LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(10),
                home.resolve(".config/doublezero/id.json"),
                false))) {
      seed(net, devices);
      Path cfg = home.resolve(".config/doublezero/cli/config.yml");
      Files.createDirectories(cfg.getParent());
      Files.writeString(
          cfg,
          "json_rpc_url: "
              + net.ledger().rpcUrl()
              + "\nwebsocket_url: "
              + net.ledger().wsUrl()
              + "\nkeypair_path: "
              + home.resolve(".config/doublezero/id.json")
              + "\nprogram_id: "
              + Environment.LOCAL.serviceabilityProgramId()
              + "\n");
      if (args.length > 2 && args[2].equals("hold")) {
        System.out.println("ledger ready; run commands with HOME=" + home + " (Ctrl-C ends)");
        Thread.sleep(Long.MAX_VALUE);
      }
      Path launcher = root.resolve("bin/doublezero");
      String java = ProcessHandle.current().info().command().orElse("java");
      List<Timed> rows =
          List.of(
              new Timed("java -version (same JDK, baseline)", 0, java, "-version"),
              new Timed("bin/doublezero --version", 1, launcher.toString(), "--version"),
              new Timed("bin/doublezero config get", 7, launcher.toString(), "config", "get"),
              new Timed(
                  "bin/doublezero device list (" + devices + " devices)",
                  devices + 1,
                  launcher.toString(),
                  "device",
                  "list"));
      time(home, runs, rows);
      rows.forEach(CliStartupBench::report);
      System.out.printf(
          "ratio --version / java -version: %.2f%n",
          median(rows.get(1).secs) / median(rows.get(0).secs));
    }
  }

  /// One command to time: its expected stdout line count and the wall times measured.
  private record Timed(String what, int expectLines, List<Double> secs, String... cmd) {
    Timed(String what, int expectLines, String... cmd) {
      this(what, expectLines, new ArrayList<>(), cmd);
    }
  }

  private static void seed(LocalNetwork net, int devices) {
    PublicKey program = Environment.LOCAL.serviceabilityProgramId();
    ServiceabilityClient c =
        new ServiceabilityClient(net.rpc(), program, Commitment.CONFIRMED, Duration.ofSeconds(30));
    Keypair admin = net.admin();
    PublicKey gs = ServiceabilityPdas.globalState(program).address();
    PublicKey contributor =
        ServiceabilityPdas.contributor(program, globalState(c).accountIndex().increment())
            .address();
    c.sender()
        .send(
            List.of(
                new CreateContributor("co01")
                    .toInstruction(
                        program,
                        new CreateContributor.Accounts(
                            contributor, admin.publicKey(), gs, admin.publicKey()))),
            admin,
            List.of());
    PublicKey location = c.getAll(AccountType.LOCATION, Location.class).getFirst().address();
    PublicKey exchange = c.getAll(AccountType.EXCHANGE, Exchange.class).getFirst().address();
    long t0 = System.nanoTime();
    for (int i = 0; i < devices; i++) {
      PublicKey pda =
          ServiceabilityPdas.device(program, globalState(c).accountIndex().increment()).address();
      Ipv4Address ip = Ipv4Address.parse("45." + (i / 250) + "." + (i % 250) + ".1");
      NetworkV4 prefix = NetworkV4.parse("100." + (i / 250) + "." + (i % 250) + ".0/24");
      c.sender()
          .send(
              List.of(
                  new CreateDevice(
                          String.format("dev%04d", i),
                          DeviceType.HYBRID,
                          ip,
                          List.of(prefix),
                          PublicKey.DEFAULT,
                          "",
                          Optional.empty(),
                          0)
                      .toInstruction(
                          program,
                          new CreateDevice.Accounts(
                              pda,
                              contributor,
                              location,
                              exchange,
                              gs,
                              Optional.empty(),
                              admin.publicKey()))),
              admin,
              List.of());
    }
    System.out.printf("seeded %d devices in %.1f s%n", devices, (System.nanoTime() - t0) / 1e9);
  }

  private static GlobalState globalState(ServiceabilityClient c) {
    return c.globalState().orElseThrow();
  }

  /// Runs every command once per round, `runs + 1` rounds (the first is not counted: it may rebuild
  /// the module, create the AOT cache or warm the page cache), so that all of them see the same
  /// load.
  private static void time(Path home, int runs, List<Timed> rows) throws Exception {
    for (int i = 0; i < runs + 1; i++) {
      for (Timed row : rows) {
        double s = once(home, row);
        if (i > 0) {
          row.secs.add(s);
        }
      }
      if (i == 0) {
        Thread.sleep(15_000); // let a background AOT cache creation after the first round finish
      }
    }
  }

  private static double once(Path home, Timed row) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(row.cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("HOME", home.toString());
    long t0 = System.nanoTime();
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    int code = p.waitFor();
    double s = (System.nanoTime() - t0) / 1e9;
    long lines = new String(out).lines().count();
    if (code != 0 || lines != row.expectLines) {
      throw new IllegalStateException(
          String.join(" ", row.cmd) + ": exit " + code + ", " + lines + " lines");
    }
    return s;
  }

  private static double median(List<Double> secs) {
    List<Double> sorted = new ArrayList<>(secs);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void report(Timed row) {
    List<Double> sorted = new ArrayList<>(row.secs);
    Collections.sort(sorted);
    System.out.printf(
        "%-45s median %.3f s  min %.3f  max %.3f  runs %s%n",
        row.what,
        median(row.secs),
        sorted.getFirst(),
        sorted.getLast(),
        row.secs.stream().map(d -> String.format("%.3f", d)).toList());
  }
}
