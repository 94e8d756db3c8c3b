package doublezero.e2e;

import doublezero.cli.LocalCliNetwork;
import doublezero.doublezerod.netns.Netns;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// The world of [GeolocationNamespacesE2eTest]: on chain, made by our CLI, a device in `lax` and a
/// GeoProbe account at [#PROBE_IP] with that device as parent; namespace `dzd` runs the telemetry
/// agent as the device (no command-line probe), namespace `probe` the geoprobe agent at the probe's
/// public address (parents from chain, two command-line targets), namespace `target` the test's
/// target (a TWAMP reflector and an offset socket opened there, at [#TARGET_IP]) and
/// `doublezero-geoprobe-target` at [#TOOL_IP], pinned to the probe and its parent. The ledger
/// (localnet bootstrapped as `doublezero-localnet up`, with the activator) runs in this JVM and is
/// reached from `dzd` and `probe` through [PortForward]. [#close] stops everything it started, in
/// reverse order, the namespaces last but the ledger.
final class GeolocationLab implements AutoCloseable {
  static final String DEVICE_IP = "207.45.216.134";
  static final String PROBE_IP = "45.33.10.7";
  static final String TARGET_IP = "64.86.249.80";
  static final String TOOL_IP = "64.86.249.81";
  static final String PROBE_CODE = "geo-lax-01";
  static final PublicKey GEO = Environment.LOCAL.geolocationProgramId();
  static final String DZD_MAIN = "doublezero.telemetry.launch.TelemetryAgentMain";
  static final String PROBE_MAIN = "doublezero.geoprobe.launch.GeoprobeAgentMain";
  static final String TARGET_MAIN = "doublezero.geoprobe.targets.TargetMain";

  final Keypair publisher = Keypair.generate();
  final Keypair probeKey = Keypair.generate();
  final Path dir;
  final LocalCliNetwork n;
  private final List<AutoCloseable> open = new ArrayList<>();
  Netns dzdNs;
  Netns probeNs;
  Netns targetNs;
  NamespacedJvm dzd;
  NamespacedJvm probe;
  NamespacedJvm tool;
  PlainReflector targetReflector;
  DatagramSocket targetOffsets;
  PublicKey device;
  PublicKey probeAccount;

  private GeolocationLab(Path dir, LocalCliNetwork n) {
    this.dir = dir;
    this.n = n;
    open.add(n);
  }

  /// @param dir a temporary directory
  /// @return the lab, or null when the ledger is external (the namespaces cannot reach it here)
  static GeolocationLab start(Path dir) throws Exception {
    LocalCliNetwork n = LocalCliNetwork.start(dir, true);
    if (n.net == null) {
      n.close();
      return null;
    }
    GeolocationLab lab = new GeolocationLab(dir, n);
    try {
      lab.chainThroughTheCli();
      lab.namespaces();
      lab.processes();
      return lab;
    } catch (Exception | Error e) {
      lab.close();
      throw e;
    }
  }

  /// The program config, the device and the GeoProbe account with the device as parent.
  private void chainThroughTheCli() {
    n.ok("geolocation", "init-config", "--yes");
    n.ok("contributor", "create", "--code", "co01");
    n.ok(
        "device",
        "create",
        "--code",
        "la2-dz01",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        DEVICE_IP,
        "--dz-prefixes",
        "100.0.0.0/16",
        "--metrics-publisher",
        publisher.publicKey().toBase58());
    device = awaitActivated("la2-dz01");
    n.ok(
        "geolocation",
        "probe",
        "create",
        "--code",
        PROBE_CODE,
        "--exchange",
        "xlax",
        "--public-ip",
        PROBE_IP,
        "--signing-keypair",
        probeKey.publicKey().toBase58());
    n.ok("geolocation", "probe", "add-parent", "--code", PROBE_CODE, "--device", "la2-dz01");
    probeAccount = GeolocationPda.geoProbe(GEO, PROBE_CODE).address();
    KeypairFile.write(dir.resolve("publisher.json"), publisher);
    KeypairFile.write(dir.resolve("probe.json"), probeKey);
  }

  /// `dzd` ⇄ `probe` ⇄ `target` over two veth pairs, /32 addresses and host routes; the probe's
  /// public address is on both of its ends, the target namespace has two.
  private void namespaces() {
    dzdNs = opened(Netns.create("dzgd"));
    probeNs = opened(Netns.create("dzgp"));
    targetNs = opened(Netns.create("dzgt"));
    dzdNs.veth("gd0", DEVICE_IP + "/32", probeNs, "gp0", PROBE_IP + "/32");
    targetNs.veth("gt0", TARGET_IP + "/32", probeNs, "gp1", PROBE_IP + "/32");
    dzdNs.exec("ip", "route", "add", PROBE_IP + "/32", "dev", "gd0");
    probeNs.exec("ip", "route", "add", DEVICE_IP + "/32", "dev", "gp0");
    probeNs.exec("ip", "route", "add", TARGET_IP + "/32", "dev", "gp1");
    probeNs.exec("ip", "route", "add", TOOL_IP + "/32", "dev", "gp1");
    // the tool's sockets are bound to the wildcard address: its replies must leave from TOOL_IP
    // (the probe's TWAMP socket is connected to it); the test's target binds TARGET_IP itself
    targetNs.exec("ip", "addr", "add", TOOL_IP + "/32", "dev", "gt0");
    targetNs.exec("ip", "route", "add", PROBE_IP + "/32", "dev", "gt0", "src", TOOL_IP);
  }

  private void processes() throws Exception {
    int rpcPort = URI.create(n.net.ledger().rpcUrl()).getPort();
    opened(PortForward.start(dzdNs, rpcPort));
    opened(PortForward.start(probeNs, rpcPort));
    targetReflector =
        opened(targetNs.call(() -> PlainReflector.start(new InetSocketAddress(TARGET_IP, 8925))));
    targetOffsets =
        opened(targetNs.call(() -> new DatagramSocket(new InetSocketAddress(TARGET_IP, 8923))));
    String rpc = "http://127.0.0.1:" + rpcPort;
    dzd = opened(NamespacedJvm.start(dzdNs, dir.resolve("dzd.log"), DZD_MAIN, dzdArgs(rpc)));
    tool =
        opened(NamespacedJvm.start(targetNs, dir.resolve("target.log"), TARGET_MAIN, toolArgs()));
    probe =
        opened(NamespacedJvm.start(probeNs, dir.resolve("probe.log"), PROBE_MAIN, probeArgs(rpc)));
  }

  private <T extends AutoCloseable> T opened(T resource) {
    open.add(resource);
    return resource;
  }

  private List<String> dzdArgs(String rpc) {
    return List.of(
        "--ledger-rpc-url",
        rpc,
        "--serviceability-program-id",
        Environment.LOCAL.serviceabilityProgramId().toBase58(),
        "--telemetry-program-id",
        Environment.LOCAL.telemetryProgramId().toBase58(),
        "--geolocation-program-id",
        GEO.toBase58(),
        "--keypair",
        dir.resolve("publisher.json").toString(),
        "--local-device-pubkey",
        device.toBase58(),
        "--probe-interval",
        "1s",
        "--state-dir",
        dir.resolve("dzd-state").toString());
  }

  private List<String> probeArgs(String rpc) {
    return List.of(
        "--ledger-rpc-url",
        rpc,
        "--geolocation-program-id",
        GEO.toBase58(),
        "--serviceability-program-id",
        Environment.LOCAL.serviceabilityProgramId().toBase58(),
        "--keypair",
        dir.resolve("probe.json").toString(),
        "--geoprobe-pubkey",
        probeAccount.toBase58(),
        "--additional-targets",
        TARGET_IP + "," + TOOL_IP + ":9923:9925",
        "--probe-interval-seconds",
        "1");
  }

  /// `doublezero-geoprobe-target` pinned to the probe and its parent (no ledger there).
  private List<String> toolArgs() {
    return List.of(
        "--udp-port",
        "9923",
        "--twamp-port",
        "9925",
        "--probe",
        probeAccount + "," + probeKey.publicKey(),
        "--parent",
        device + "," + publisher.publicKey());
  }

  /// @return the three processes' logs, for failure messages
  String logs() {
    return section("dzd", dzd) + section("probe", probe) + section("tool", tool);
  }

  private static String section(String name, NamespacedJvm p) {
    return "--- " + name + " ---\n" + (p == null ? "" : p.log());
  }

  /// @return the `lax` Location (the device's)
  Location lax() {
    return n.client.getAll(AccountType.LOCATION, Location.class).stream()
        .filter(l -> l.state().code().equals("lax"))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private PublicKey awaitActivated(String code) {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      var d =
          n.client.getAll(AccountType.DEVICE, Device.class).stream()
              .filter(a -> a.state().code().equals(code))
              .findFirst();
      if (d.isPresent() && d.get().state().status() == DeviceStatus.ACTIVATED) {
        return d.get().address();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("device " + code + " was not activated");
  }

  @Override
  public void close() {
    for (AutoCloseable c : open.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("teardown: " + e);
      }
    }
  }
}
