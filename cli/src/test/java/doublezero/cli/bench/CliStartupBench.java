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

/// Benchmark harness (not a unit test) for issue 5's start-up targets: whole-process wall time of
/// `bin/doublezero --version` and of `bin/doublezero device list` against a localnet holding N devices (targets ≤ 0.3 s
/// and ≤ 0.8 s, median of ≥ 5 runs). Run by `bench/cli-startup.sh`; arguments `[devices=1000] [runs=7]`.
///
/// Set-up (not timed): [LocalNetwork] in this JVM (the network `doublezero-localnet up` runs), a contributor and N
/// devices created with real CreateDevice instructions. Timed: each launcher run as a separate process with
/// `HOME` pointing at a home whose CLI config names the ledger; its stdout is checked to hold N data rows.
public final class CliStartupBench {
  private CliStartupBench() {}

  public static void main(String[] args) throws Exception {
    int devices = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path root = Path.of(System.getProperty("doublezero.root", ".")).toAbsolutePath();
    Path dir = Files.createTempDirectory("cli-bench");
    Path home = dir.resolve("home");
    try (LocalNetwork net = LocalNetwork.start(new UpConfig(LocalnetConfig.ephemeral(dir.resolve("ledger"))
        .withSlotMillis(10), home.resolve(".config/doublezero/id.json"), false))) {
      seed(net, devices);
      Path cfg = home.resolve(".config/doublezero/cli/config.yml");
      Files.createDirectories(cfg.getParent());
      Files.writeString(cfg, "json_rpc_url: " + net.ledger().rpcUrl() + "\nwebsocket_url: " + net.ledger().wsUrl()
          + "\nkeypair_path: " + home.resolve(".config/doublezero/id.json") + "\nprogram_id: "
          + Environment.LOCAL.serviceabilityProgramId() + "\n");
      Path launcher = root.resolve("bin/doublezero");
      report("bin/doublezero --version", time(home, runs, 1, launcher.toString(), "--version"));
      report("bin/doublezero device list (" + devices + " devices)",
          time(home, runs, devices + 1, launcher.toString(), "device", "list"));
    }
  }

  private static void seed(LocalNetwork net, int devices) {
    PublicKey program = Environment.LOCAL.serviceabilityProgramId();
    ServiceabilityClient c = new ServiceabilityClient(net.rpc(), program, Commitment.CONFIRMED, Duration.ofSeconds(30));
    Keypair admin = net.admin();
    PublicKey gs = ServiceabilityPdas.globalState(program).address();
    PublicKey contributor = ServiceabilityPdas.contributor(program, globalState(c).accountIndex().increment()).address();
    c.sender().send(List.of(new CreateContributor("co01").toInstruction(program,
        new CreateContributor.Accounts(contributor, admin.publicKey(), gs, admin.publicKey()))), admin, List.of());
    PublicKey location = c.getAll(AccountType.LOCATION, Location.class).getFirst().address();
    PublicKey exchange = c.getAll(AccountType.EXCHANGE, Exchange.class).getFirst().address();
    long t0 = System.nanoTime();
    for (int i = 0; i < devices; i++) {
      PublicKey pda = ServiceabilityPdas.device(program, globalState(c).accountIndex().increment()).address();
      Ipv4Address ip = Ipv4Address.parse("45." + (i / 250) + "." + (i % 250) + ".1");
      NetworkV4 prefix = NetworkV4.parse("100." + (i / 250) + "." + (i % 250) + ".0/24");
      c.sender().send(List.of(new CreateDevice(String.format("dev%04d", i), DeviceType.HYBRID, ip, List.of(prefix),
          PublicKey.DEFAULT, "", Optional.empty(), 0).toInstruction(program, new CreateDevice.Accounts(pda, contributor,
              location, exchange, gs, Optional.empty(), admin.publicKey()))), admin, List.of());
    }
    System.out.printf("seeded %d devices in %.1f s%n", devices, (System.nanoTime() - t0) / 1e9);
  }

  private static GlobalState globalState(ServiceabilityClient c) {
    return c.globalState().orElseThrow();
  }

  private static List<Double> time(Path home, int runs, int expectLines, String... cmd) throws Exception {
    List<Double> secs = new ArrayList<>();
    for (int i = 0; i < runs + 1; i++) {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
      pb.environment().put("HOME", home.toString());
      long t0 = System.nanoTime();
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      int code = p.waitFor();
      double s = (System.nanoTime() - t0) / 1e9;
      long lines = new String(out).lines().count();
      if (code != 0 || lines != expectLines) {
        throw new IllegalStateException(String.join(" ", cmd) + ": exit " + code + ", " + lines + " lines");
      }
      if (i > 0) {
        secs.add(s); // the first run may rebuild the module or warm the page cache; it is not counted
      }
    }
    return secs;
  }

  private static void report(String what, List<Double> secs) {
    List<Double> sorted = new ArrayList<>(secs);
    Collections.sort(sorted);
    System.out.printf("%-45s median %.3f s  min %.3f  max %.3f  runs %s%n", what, sorted.get(sorted.size() / 2),
        sorted.getFirst(), sorted.getLast(), secs.stream().map(d -> String.format("%.3f", d)).toList());
  }
}
