package doublezero.cli.geolocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero geolocation verify` against a localnet holding the probe and its parent devices:
/// accepts a composite offset for a region around the device and refuses it 2,000 km away;
/// multi-reference offsets from three parents bound the true position with radii that follow RFC
/// 1's formula; tampered bytes, wrong authorities, stale slots, unknown probes and garbage are
/// refused with the failed check named.
class GeolocationVerifyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final GeoPoint LAX = new GeoPoint(34.0496, -118.2594);
  static final GeoPoint EWR = new GeoPoint(40.7357, -74.1724);
  static final GeoPoint ORD = new GeoPoint(41.8781, -87.6298);

  /// Where the probe and the target really are: Chicago suburbs.
  static final GeoPoint PROBE_AT = ORD.move(45, 15);

  static final GeoPoint TARGET_AT = ORD.move(200, 30);
  static final Keypair[] PUBLISHERS = {Keypair.generate(), Keypair.generate(), Keypair.generate()};
  static final Keypair PROBE_KEY = Keypair.generate();
  @TempDir static Path dir;
  static GeoFixture f;
  static final PublicKey[] DEVICES = new PublicKey[3];
  static PublicKey probe;

  @BeforeAll
  static void start() {
    f = GeoFixture.start(dir);
    assumeTrue(f.n.net != null, "needs the in-process ledger (program-data account)");
    f.initialised();
    f.n.ok(
        "location",
        "create",
        "--code",
        "ord",
        "--name",
        "Chicago",
        "--country",
        "US",
        "--lat",
        "41.8781",
        "--lng",
        "-87.6298");
    f.n.ok(
        "exchange",
        "create",
        "--code",
        "xord",
        "--name",
        "Chicago",
        "--lat",
        "41.8781",
        "--lng",
        "-87.6298");
    DEVICES[0] =
        f.device("la2-dz01", "lax", "xlax", "207.45.216.134", "100.0.0.0/16", PUBLISHERS[0]);
    DEVICES[1] = f.device("ny5-dz01", "ewr", "xewr", "64.86.249.80", "101.0.0.0/16", PUBLISHERS[1]);
    DEVICES[2] = f.device("ch1-dz01", "ord", "xord", "64.86.249.90", "102.0.0.0/16", PUBLISHERS[2]);
    f.n.ok(
        "geolocation",
        "probe",
        "create",
        "--code",
        "ord-probe-01",
        "--exchange",
        "xord",
        "--public-ip",
        "45.33.32.156",
        "--signing-keypair",
        PROBE_KEY.publicKey().toBase58());
    for (String d : List.of("la2-dz01", "ny5-dz01", "ch1-dz01")) {
      f.n.ok("geolocation", "probe", "add-parent", "--code", "ord-probe-01", "--device", d);
    }
    probe = GeolocationPda.geoProbe(GeoFixture.GEO, "ord-probe-01").address();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static long slot() {
    return f.n.rpc.getSlot();
  }

  static LocationOffset dzd(int i, GeoPoint at, long slot) {
    return OffsetBuilder.dzd(PUBLISHERS[i], DEVICES[i], at, OffsetBuilder.rtt(at, PROBE_AT), slot);
  }

  /// The composite with the Chicago parent only.
  static LocationOffset single(long slot) {
    return OffsetBuilder.composite(
        PROBE_KEY, probe, List.of(dzd(2, ORD, slot)), OffsetBuilder.rtt(PROBE_AT, TARGET_AT), slot);
  }

  static Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static CliRun.Result verify(Path file, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "geolocation";
    args[1] = "verify";
    args[2] = "--offset";
    args[3] = file.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return f.n.run(args);
  }

  static String of(GeoPoint p) {
    return String.format(Locale.ROOT, "%.6f,%.6f", p.lat(), p.lng());
  }

  @Test
  void acceptsARegionAroundTheDeviceAndRefusesOne2000KmAway() throws IOException {
    Path off = file("single.bin", single(slot()).encode());
    CliRun.Result near = verify(off, "--within", "200", "--of", of(ORD));
    assertThat(near.code()).as(near.err()).isZero();
    assertThat(near.out()).contains("signatures: 2 verified", "PROVEN (margin ");

    GeoPoint far = ORD.move(90, 2000);
    CliRun.Result away = verify(off, "--within", "200", "--of", of(far));
    assertThat(away.code()).isEqualTo(1);
    assertThat(away.out()).contains("NOT PROVEN (margin -");
    assertThat(away.err()).startsWith("Error: the client is not provably within 200 km of ");

    Path square = file("square.geojson", square(ORD, 3.0).getBytes());
    assertThat(verify(off, "--region", square.toString()).code()).isZero();
    Path farSquare = file("far.geojson", square(far, 3.0).getBytes());
    CliRun.Result farRegion = verify(off, "--region", farSquare.toString());
    assertThat(farRegion.code()).isEqualTo(1);
    assertThat(farRegion.err()).contains("not provably inside the region of");
  }

  static String square(GeoPoint c, double deg) {
    double s = c.lat() - deg, n = c.lat() + deg, w = c.lng() - deg, e = c.lng() + deg;
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
        w,
        s,
        e,
        s,
        e,
        n,
        w,
        n,
        w,
        s);
  }

  @Test
  void threeParentsBoundTheTruePositionWithTheRfcRadius() throws IOException {
    long slot = slot();
    List<GeoPoint> at = List.of(LAX, EWR, ORD);
    List<LocationOffset> refs = List.of(dzd(0, LAX, slot), dzd(1, EWR, slot), dzd(2, ORD, slot));
    long measured = OffsetBuilder.rtt(PROBE_AT, TARGET_AT);
    LocationOffset multi = OffsetBuilder.composite(PROBE_KEY, probe, refs, measured, slot);
    CliRun.Result r = verify(file("multi.bin", multi.encode()), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("references")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode ref = j.get("references").get(i);
      // RFC 1: r = (ref.rtt + measured_rtt) / 2 × (2/3 × 299,792.458 km/s)
      double rttSeconds = (refs.get(i).rttNs() + measured) / 1e9;
      double formula = rttSeconds / 2 * (2.0 / 3.0 * 299_792.458);
      assertThat(ref.get("radius_km").asDouble()).isCloseTo(formula, within(1e-6));
      assertThat(ref.get("device").asText()).isEqualTo(DEVICES[i].toBase58());
      assertThat(at.get(i).distanceKm(TARGET_AT)).isLessThanOrEqualTo(formula);
    }
    GeoPoint estimate =
        new GeoPoint(
            j.get("region").get("estimate_lat").asDouble(),
            j.get("region").get("estimate_lng").asDouble());
    assertThat(estimate.distanceKm(TARGET_AT))
        .isLessThanOrEqualTo(j.get("region").get("error_radius_km").asDouble());
    assertThat(
            verify(file("multi2.bin", multi.encode()), "--within", "150", "--of", of(ORD)).code())
        .isZero();
  }

  @Test
  void tamperedWrongAuthorityStaleAndGarbageAreRefused() throws IOException {
    long slot = slot();
    byte[] good = single(slot).encode();
    for (int at : new int[] {0, 140, 174 + 150}) {
      byte[] bad = good.clone();
      bad[at] ^= 0x01;
      CliRun.Result r = verify(file("tampered" + at + ".bin", bad));
      assertThat(r.code()).as("byte %d: %s", at, r.err()).isEqualTo(1);
      assertThat(r.err()).contains("offset refused (bad_signature)");
    }

    Keypair impostor = Keypair.generate();
    LocationOffset resigned =
        OffsetBuilder.dzd(impostor, DEVICES[2], ORD, OffsetBuilder.rtt(ORD, PROBE_AT), slot);
    LocationOffset withResigned =
        OffsetBuilder.composite(PROBE_KEY, probe, List.of(resigned), 1_000_000L, slot);
    assertThat(verify(file("resigned.bin", withResigned.encode())).err())
        .contains("offset refused (resigned_reference)", impostor.publicKey().toBase58());

    LocationOffset wrongProbeKey =
        OffsetBuilder.composite(impostor, probe, List.of(dzd(2, ORD, slot)), 1_000_000L, slot);
    assertThat(verify(file("wrongkey.bin", wrongProbeKey.encode())).err())
        .contains("offset refused (wrong_authority)");

    LocationOffset unknown =
        OffsetBuilder.composite(
            PROBE_KEY, Keypair.generate().publicKey(), List.of(dzd(2, ORD, slot)), 1L, slot);
    assertThat(verify(file("unknown.bin", unknown.encode())).err())
        .contains("offset refused (unknown_probe)");

    LocationOffset stale = single(slot + 5_000);
    CliRun.Result staleRun = verify(file("stale.bin", stale.encode()), "--max-age-slots", "1000");
    assertThat(staleRun.code()).isEqualTo(1);
    assertThat(staleRun.err()).contains("offset refused (stale)", "max age 1000");

    CliRun.Result garbage = verify(file("garbage.bin", new byte[] {1, 2, 3}));
    assertThat(garbage.code()).isEqualTo(1);
    assertThat(garbage.err()).startsWith("Error: offset refused (garbage)").doesNotContain("\tat ");
    assertThat(verify(file("big.bin", new byte[1233])).err())
        .contains("offset refused (oversized)");
  }

  @Test
  void listensForOneDatagram() throws Exception {
    int port;
    try (DatagramSocket probeSocket = new DatagramSocket(0)) {
      port = probeSocket.getLocalPort();
    }
    byte[] bytes = single(slot()).encode();
    CompletableFuture<CliRun.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                f.n.run(
                    "geolocation",
                    "verify",
                    "--listen",
                    Integer.toString(port),
                    "--listen-timeout",
                    "20",
                    "--within",
                    "200",
                    "--of",
                    of(ORD)));
    try (DatagramSocket sender = new DatagramSocket()) {
      while (!run.isDone()) {
        sender.send(
            new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", port)));
        Thread.sleep(50);
      }
    }
    CliRun.Result r = run.get();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("received " + bytes.length + " bytes from");
    assertThat(r.out()).contains("PROVEN");
  }
}
