package doublezero.e2e;

import static doublezero.e2e.GeolocationLab.PROBE_CODE;
import static doublezero.e2e.GeolocationLab.PROBE_IP;
import static doublezero.e2e.GeolocationLab.TARGET_IP;
import static doublezero.e2e.GeolocationLab.TOOL_IP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import doublezero.cli.CliRun;
import doublezero.doublezerod.netns.Netns;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Location;
import java.net.DatagramPacket;
import java.net.SocketTimeoutException;
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

/// Issue 14's outbound acceptance in network namespaces ([GeolocationLab]), everything on chain
/// made by our CLI: the DZD side finds the probe through its chain discovery (the discovered-probe
/// path, no command-line probe) and sends it signed offsets; the target receives a composite offset
/// whose reference is the device's, whose rtt is the sum and whose chain verifies; the shipped
/// target tool accepts it with the probe and parent pinned; `geolocation verify` accepts it for a
/// region around the device and refuses it for one 2,000 km away. Needs root and iproute2.
class GeolocationNamespacesE2eTest {
  /// 750 slots (the CLI default, about 5 minutes of 400 ms slots) is 15 s of this ledger's 20 ms
  /// slots, while the probe refreshes its slot every 10 s: 3,000 slots is one minute here.
  static final String MAX_AGE_SLOTS = "3000";

  @TempDir static Path dir;
  static GeolocationLab lab;
  static long t0;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Netns.available(), "needs root and iproute2");
    t0 = System.nanoTime();
    lab = GeolocationLab.start(dir);
    assumeTrue(lab != null, "needs the in-process ledger (reached through a port forward)");
  }

  @AfterAll
  static void stop() {
    if (lab != null) {
      if (Boolean.getBoolean("e2e.logs")) {
        System.out.println(lab.logs());
      }
      lab.close();
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
    assertThat(got.sender()).isEqualTo(lab.probeAccount);
    assertThat(got.authority()).isEqualTo(lab.probeKey.publicKey());
    assertThat(got.targetIp()).isEqualTo(Ipv4Address.parse(TARGET_IP));
    assertThat(got.references()).hasSize(1);
    LocationOffset ref = got.references().getFirst();
    assertThat(ref.sender()).isEqualTo(lab.device);
    assertThat(ref.authority()).isEqualTo(lab.publisher.publicKey());
    // the device measured the address it read from the GeoProbe account
    assertThat(ref.targetIp()).isEqualTo(Ipv4Address.parse(PROBE_IP));
    assertThat(ref.references()).isEmpty();
    Location lax = lab.lax();
    assertThat(ref.lat()).isEqualTo(lax.lat());
    assertThat(ref.lng()).isEqualTo(lax.lng());
    assertThat(ref.rttNs()).isEqualTo(ref.measuredRttNs()).isPositive();
    assertThat(got.measuredRttNs()).isPositive();
    assertThat(got.rttNs()).isEqualTo(ref.rttNs() + got.measuredRttNs());
    assertThat(got.lat()).isEqualTo(ref.lat());
    assertThat(got.lng()).isEqualTo(ref.lng());
    assertThat(OffsetChain.verify(got)).isTrue();
    assertThat(lab.targetReflector.reflectedCount()).isPositive();
    assertThat(lab.dzd.log())
        .contains("cli_probes=[]")
        .contains("event=geolocation-probes-discovered probes=[" + PROBE_IP + ":8923:8925]");

    // the shipped target tool got them too, and its pinned trust check passed
    awaitLog(lab.tool, "received from=" + PROBE_IP);
    assertThat(lab.tool.log())
        .contains(
            "offset sender=" + lab.probeAccount + " authority=" + lab.probeKey.publicKey(),
            "offset.references[0] sender=" + lab.device + " authority=" + lab.publisher.publicKey(),
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
        .contains("offset: probe " + lab.probeAccount + " (" + PROBE_CODE + ")")
        .contains("reference[0]: device " + lab.device + " signed by " + lab.publisher.publicKey());
    CliRun.Result away = verify(file, "--region", square(far, 8).toString());
    assertThat(away.code()).isEqualTo(1);
    assertThat(away.err()).contains("the client is not provably inside the region of");
    assertThat(verify(file, "--within", "1000", "--of", latLng(home)).code()).isZero();
    CliRun.Result within = verify(file, "--within", "1000", "--of", latLng(far));
    assertThat(within.code()).isEqualTo(1);
    assertThat(within.err()).contains("the client is not provably within 1000 km of");
    System.out.printf(
        "e2e geolocation: third composite offset at the target %d ms after the start (rtt %d µs ="
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
    return lab.n.run(args.toArray(String[]::new));
  }

  private static String latLng(GeoPoint p) {
    return String.format(Locale.ROOT, "%.6f,%.6f", p.lat(), p.lng());
  }

  /// A GeoJSON Polygon of ±`deg` degrees of latitude and longitude around `c`.
  private static Path square(GeoPoint c, double deg) throws Exception {
    double s = c.lat() - deg;
    double n = c.lat() + deg;
    double w = c.lng() - deg;
    double e = c.lng() + deg;
    String ring =
        String.format(
            Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", w, s, e, s, e, n, w, n, w, s);
    Path f = Files.createTempFile(dir, "region", ".geojson");
    Files.writeString(f, "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
    return f;
  }

  private static List<byte[]> receiveComposites(int count) throws Exception {
    lab.targetOffsets.setSoTimeout(30_000);
    List<byte[]> out = new ArrayList<>();
    byte[] buf = new byte[2048];
    while (out.size() < count) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        lab.targetOffsets.receive(p);
      } catch (SocketTimeoutException e) {
        throw new AssertionError(
            out.size() + " composite offsets reached the target\n" + lab.logs());
      }
      out.add(Arrays.copyOf(p.getData(), p.getLength()));
    }
    return out;
  }

  private static void awaitLog(NamespacedJvm p, String fragment) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!p.log().contains(fragment)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("no \"" + fragment + "\" in the log\n" + lab.logs());
      }
      Thread.sleep(50);
    }
  }
}
