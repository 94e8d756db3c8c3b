package doublezero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.doublezerod.netns.Netns;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Issue 14's outbound acceptance in network namespaces, everything on chain made by our CLI: a
/// device (`device create`, activated by the in-process activator) and a GeoProbe account with that
/// device as parent (`geolocation init-config`, `probe create`, `probe add-parent`). Namespace
/// `dzd` runs the telemetry agent as the device (no command-line probes: it finds the probe at the
/// account's `public_ip` through its chain discovery); namespace `probe` runs the geoprobe agent at
/// that public address (parents discovered from chain, command-line targets); namespace `target`
/// holds the test's target (a TWAMP reflector and an offset socket opened there) and, at a second
/// address, `doublezero-geoprobe-target` pinned to the probe and its parent. The ledger (localnet,
/// bootstrapped as `doublezero-localnet up`) runs in this JVM and is reached from the namespaces
/// through [PortForward]. The composite offset the target receives must reference the device's
/// offset, carry the summed rtt and a valid chain, and `geolocation verify` must accept it for a
/// region around the device and refuse it for one 2,000 km away. Needs root and iproute2.
class GeolocationNamespacesE2eTest {
  static final String DEVICE_IP = "207.45.216.134";
  static final String PROBE_IP = "45.33.10.7";
  static final String TARGET_IP = "64.86.249.80";
  static final String TOOL_IP = "64.86.249.81";
  static final String PROBE_CODE = "geo-lax-01";
  static final PublicKey GEO = Environment.LOCAL.geolocationProgramId();

  /// 750 slots (the CLI default, about 5 minutes of 400 ms slots) is 15 s of this ledger's 20 ms
  /// slots, while the probe refreshes its slot every 10 s: 3,000 slots is one minute here.
  static final String MAX_AGE_SLOTS = "3000";

  static final Keypair PUBLISHER = Keypair.generate();
  static final Keypair PROBE_KEY = Keypair.generate();
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static final List<AutoCloseable> OPEN = new ArrayList<>();
  static Netns dzdNs;
  static Netns probeNs;
  static Netns targetNs;
  static NamespacedJvm dzd;
  static NamespacedJvm probe;
  static NamespacedJvm tool;
  static PlainReflector targetReflector;
  static DatagramSocket targetOffsets;
  static PublicKey device;
  static PublicKey probeAccount;
  static long t0;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Netns.available(), "needs root and iproute2");
    t0 = System.nanoTime();
    n = LocalCliNetwork.start(dir, true);
    OPEN.add(n);
    assumeTrue(n.net != null, "needs the in-process ledger (reached through a port forward)");
    chainThroughTheCli();
    namespaces();
    int rpcPort = URI.create(n.net.ledger().rpcUrl()).getPort();
    OPEN.add(PortForward.start(dzdNs, rpcPort));
    OPEN.add(PortForward.start(probeNs, rpcPort));
    targetReflector =
        targetNs.call(() -> PlainReflector.start(new InetSocketAddress(TARGET_IP, 8925)));
    OPEN.add(targetReflector);
    targetOffsets = targetNs.call(() -> new DatagramSocket(new InetSocketAddress(TARGET_IP, 8923)));
    OPEN.add(targetOffsets);
    String rpc = "http://127.0.0.1:" + rpcPort;
    dzd = NamespacedJvm.start(dzdNs, dir.resolve("dzd.log"), DZD_MAIN, dzdArgs(rpc));
    OPEN.add(dzd);
    tool = NamespacedJvm.start(targetNs, dir.resolve("target.log"), TARGET_MAIN, toolArgs());
    OPEN.add(tool);
    probe = NamespacedJvm.start(probeNs, dir.resolve("probe.log"), PROBE_MAIN, probeArgs(rpc));
    OPEN.add(probe);
  }

  static final String DZD_MAIN = "doublezero.telemetry.launch.TelemetryAgentMain";
  static final String PROBE_MAIN = "doublezero.geoprobe.launch.GeoprobeAgentMain";
  static final String TARGET_MAIN = "doublezero.geoprobe.targets.TargetMain";

  /// The device, the program config and the GeoProbe account with the device as parent.
  private static void chainThroughTheCli() {
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
        PUBLISHER.publicKey().toBase58());
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
        PROBE_KEY.publicKey().toBase58());
    n.ok("geolocation", "probe", "add-parent", "--code", PROBE_CODE, "--device", "la2-dz01");
    probeAccount = GeolocationPda.geoProbe(GEO, PROBE_CODE).address();
    KeypairFile.write(dir.resolve("publisher.json"), PUBLISHER);
    KeypairFile.write(dir.resolve("probe.json"), PROBE_KEY);
  }

  /// `dzd` ⇄ `probe` ⇄ `target` over two veth pairs, /32 addresses and host routes; the probe's
  /// public address is on both of its ends, the target namespace has two (this test's target and
  /// the target tool).
  private static void namespaces() {
    dzdNs = Netns.create("dzgd");
    OPEN.add(dzdNs);
    probeNs = Netns.create("dzgp");
    OPEN.add(probeNs);
    targetNs = Netns.create("dzgt");
    OPEN.add(targetNs);
    dzdNs.veth("gd0", DEVICE_IP + "/32", probeNs, "gp0", PROBE_IP + "/32");
    targetNs.veth("gt0", TARGET_IP + "/32", probeNs, "gp1", PROBE_IP + "/32");
    dzdNs.exec("ip", "route", "add", PROBE_IP + "/32", "dev", "gd0");
    probeNs.exec("ip", "route", "add", DEVICE_IP + "/32", "dev", "gp0");
    probeNs.exec("ip", "route", "add", TARGET_IP + "/32", "dev", "gp1");
    // the tool's sockets are bound to the wildcard address: its replies must leave from TOOL_IP
    // (the probe's TWAMP socket is connected to it); the test's target binds TARGET_IP itself
    targetNs.exec("ip", "addr", "add", TOOL_IP + "/32", "dev", "gt0");
    targetNs.exec("ip", "route", "add", PROBE_IP + "/32", "dev", "gt0", "src", TOOL_IP);
    probeNs.exec("ip", "route", "add", TOOL_IP + "/32", "dev", "gp1");
  }

  private static List<String> dzdArgs(String rpc) {
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

  private static List<String> probeArgs(String rpc) {
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
  private static List<String> toolArgs() {
    return List.of(
        "--udp-port",
        "9923",
        "--twamp-port",
        "9925",
        "--probe",
        probeAccount + "," + PROBE_KEY.publicKey(),
        "--parent",
        device + "," + PUBLISHER.publicKey());
  }

  @AfterAll
  static void stop() {
    if (Boolean.getBoolean("e2e.logs")) {
      System.out.println(logs());
    }
    for (AutoCloseable c : OPEN.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("teardown: " + e);
      }
    }
  }

  @Test
  void targetGetsAVerifiableCompositeOffsetAndVerifyProvesTheRegion() throws Exception {
    // the third: the first cycles run on cold JVMs and measure milliseconds over a veth
    List<byte[]> composites = receiveComposites(3);
    long received = System.nanoTime();
    for (byte[] c : composites) {
      assertThat(OffsetChain.verify(LocationOffset.decode(c))).isTrue();
    }
    byte[] bytes = composites.getLast();
    LocationOffset got = LocationOffset.decode(bytes);
    assertThat(got.sender()).isEqualTo(probeAccount);
    assertThat(got.authority()).isEqualTo(PROBE_KEY.publicKey());
    assertThat(got.targetIp()).isEqualTo(Ipv4Address.parse(TARGET_IP));
    assertThat(got.references()).hasSize(1);
    LocationOffset ref = got.references().getFirst();
    assertThat(ref.sender()).isEqualTo(device);
    assertThat(ref.authority()).isEqualTo(PUBLISHER.publicKey());
    // the device measured the address it read from the GeoProbe account
    assertThat(ref.targetIp()).isEqualTo(Ipv4Address.parse(PROBE_IP));
    assertThat(ref.references()).isEmpty();
    Location lax = lax();
    assertThat(ref.lat()).isEqualTo(lax.lat());
    assertThat(ref.lng()).isEqualTo(lax.lng());
    assertThat(ref.rttNs()).isEqualTo(ref.measuredRttNs()).isPositive();
    assertThat(got.measuredRttNs()).isPositive();
    assertThat(got.rttNs()).isEqualTo(ref.rttNs() + got.measuredRttNs());
    assertThat(got.lat()).isEqualTo(ref.lat());
    assertThat(got.lng()).isEqualTo(ref.lng());
    assertThat(OffsetChain.verify(got)).isTrue();
    assertThat(targetReflector.reflectedCount()).isPositive();
    assertThat(dzd.log())
        .contains("cli_probes=[]")
        .contains("event=geolocation-probes-discovered probes=[" + PROBE_IP + ":8923:8925]");

    // the shipped target tool got them too, and its pinned trust check passed
    awaitLog(tool, "received from=" + PROBE_IP);
    assertThat(tool.log())
        .contains(
            "offset sender=" + probeAccount + " authority=" + PROBE_KEY.publicKey(),
            "offset.references[0] sender=" + device + " authority=" + PUBLISHER.publicKey(),
            "target_ip=" + TOOL_IP + " signature=valid",
            "target_ip=" + PROBE_IP + " signature=valid",
            "region references=1 estimate=")
        .doesNotContain("refused");

    Path file = Files.write(dir.resolve("offset.bin"), bytes);
    GeoPoint home = new GeoPoint(lax.lat(), lax.lng());
    GeoPoint far = home.move(0, 2000);
    assertThat(far.distanceKm(home)).isCloseTo(2000, within(1.0));
    CliRun.Result near = verify(file, "--region", square(home, 8).toString());
    assertThat(near.code()).as(near.err()).isZero();
    assertThat(near.out())
        .contains("offset: probe " + probeAccount + " (" + PROBE_CODE + ")")
        .contains("reference[0]: device " + device + " signed by " + PUBLISHER.publicKey());
    CliRun.Result away = verify(file, "--region", square(far, 8).toString());
    assertThat(away.code()).isEqualTo(1);
    assertThat(away.err()).contains("the client is not provably inside the region of");
    assertThat(verify(file, "--within", "1000", "--of", latLng(home)).code()).isZero();
    CliRun.Result within = verify(file, "--within", "1000", "--of", latLng(far));
    assertThat(within.code()).isEqualTo(1);
    assertThat(within.err()).contains("the client is not provably within 1000 km of");
    System.out.printf(
        "e2e geolocation: composite offset at the target %d ms after the start (rtt %d µs ="
            + " device→probe %d µs + probe→target %d µs), verify done %d ms later%n",
        (received - t0) / 1_000_000,
        got.rttNs() / 1000,
        ref.rttNs() / 1000,
        got.measuredRttNs() / 1000,
        (System.nanoTime() - received) / 1_000_000);
  }

  private static CliRun.Result verify(Path file, String... claim) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "geolocation",
                "verify",
                "--offset",
                file.toString(),
                "--max-age-slots",
                MAX_AGE_SLOTS));
    args.addAll(List.of(claim));
    return n.run(args.toArray(String[]::new));
  }

  private static String latLng(GeoPoint p) {
    return String.format(Locale.ROOT, "%.6f,%.6f", p.lat(), p.lng());
  }

  /// A GeoJSON Polygon of ±`deg` degrees of latitude and longitude around `c`.
  private static Path square(GeoPoint c, double deg) throws Exception {
    double s = c.lat() - deg;
    double nn = c.lat() + deg;
    double w = c.lng() - deg;
    double e = c.lng() + deg;
    String ring =
        String.format(
            Locale.ROOT,
            "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
            w,
            s,
            e,
            s,
            e,
            nn,
            w,
            nn,
            w,
            s);
    Path f = Files.createTempFile(dir, "region", ".geojson");
    Files.writeString(f, "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
    return f;
  }

  private static List<byte[]> receiveComposites(int count) throws Exception {
    targetOffsets.setSoTimeout(30_000);
    List<byte[]> out = new ArrayList<>();
    byte[] buf = new byte[2048];
    while (out.size() < count) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        targetOffsets.receive(p);
      } catch (SocketTimeoutException e) {
        throw new AssertionError(out.size() + " composite offsets reached the target\n" + logs());
      }
      out.add(Arrays.copyOf(p.getData(), p.getLength()));
    }
    return out;
  }

  private static String logs() {
    return "--- dzd ---\n"
        + (dzd == null ? "" : dzd.log())
        + "--- probe ---\n"
        + (probe == null ? "" : probe.log())
        + "--- target tool ---\n"
        + (tool == null ? "" : tool.log());
  }

  private static void awaitLog(NamespacedJvm p, String fragment) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!p.log().contains(fragment)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("no \"" + fragment + "\" in the log\n" + logs());
      }
      Thread.sleep(50);
    }
  }

  private static Location lax() {
    return n.client.getAll(AccountType.LOCATION, Location.class).stream()
        .filter(l -> l.state().code().equals("lax"))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private static PublicKey awaitActivated(String code) {
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
}
