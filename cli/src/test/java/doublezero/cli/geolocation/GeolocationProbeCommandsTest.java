package doublezero.cli.geolocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.state.GeolocationAccounts;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero geolocation init-config|probe …` against a real localnet over HTTP: every command's
/// output as the reference prints it, and bad input refused with one clear line, exit code 1 and
/// nothing written.
class GeolocationProbeCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Keypair PUBLISHER = Keypair.generate();
  static final Keypair PROBE_KEY = Keypair.generate();
  @TempDir static Path dir;
  static GeoFixture f;
  static PublicKey device;
  static PublicKey probe;

  @BeforeAll
  static void start() {
    f = GeoFixture.start(dir);
    assumeTrue(f.n.net != null, "needs the in-process ledger (program-data account)");
    f.initialised();
    device = f.device("la2-dz01", "lax", "xlax", "207.45.216.134", "100.0.0.0/16", PUBLISHER);
    probe = GeolocationPda.geoProbe(GeoFixture.GEO, "lax-probe-01").address();
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  static byte[] data(PublicKey key) {
    return f.n.rpc.getAccountInfo(key).map(a -> a.data()).orElse(null);
  }

  @Test
  void probeLifecycle() throws Exception {
    PublicKey xlax = exchange("xlax");
    CliRun.Result created =
        f.n.ok(
            "geolocation",
            "probe",
            "create",
            "--code",
            "lax-probe-01",
            "--exchange",
            xlax.toBase58(),
            "--public-ip",
            "45.33.32.156",
            "--signing-keypair",
            PROBE_KEY.publicKey().toBase58());
    assertThat(created.out()).matches("Signature: \\w+\nAccount: " + probe + "\n");

    String get = f.n.ok("geolocation", "probe", "get", "--probe", "lax-probe-01").out();
    assertThat(get)
        .isEqualTo(
            " account         | "
                + probe
                + "\n"
                + " code            | lax-probe-01\n"
                + " owner           | "
                + f.n.user()
                + "\n"
                + " exchange        | "
                + xlax
                + "\n"
                + " public_ip       | 45.33.32.156\n"
                + " port            | 8923\n"
                + " parent_devices  | []\n"
                + " signing_keypair | "
                + PROBE_KEY.publicKey()
                + "\n"
                + " reference_count | 0\n");

    f.n.ok("geolocation", "probe", "update", "--code", "lax-probe-01", "--port", "9000");
    f.n.ok("geolocation", "probe", "add-parent", "--code", "lax-probe-01", "--device", "la2-dz01");
    JsonNode j =
        JSON.readTree(
            f.n.ok("geolocation", "probe", "get", "--probe", probe.toBase58(), "--json").out());
    assertThat(j.get("port").asInt()).isEqualTo(9000);
    assertThat(j.get("parent_devices").get(0).asText()).isEqualTo(device.toBase58());
    assertThat(j.get("signing_keypair").asText()).isEqualTo(PROBE_KEY.publicKey().toBase58());

    List<String> table = f.n.ok("geolocation", "probe", "list").out().lines().toList();
    assertThat(table.getFirst())
        .contains("account", "code", "public_ip", "port", "exchange", "parent_count")
        .doesNotContain("parent_devices");
    assertThat(table.get(1)).contains(" lax-probe-01 ", " 45.33.32.156 ", " 9000 ", " 1 ");
    JsonNode list = JSON.readTree(f.n.ok("geolocation", "probe", "list", "--json-compact").out());
    assertThat(list.get(0).get("parent_devices").get(0).asText()).isEqualTo(device.toBase58());
    assertThat(list.get(0).get("parent_count").asInt()).isEqualTo(1);

    f.n.ok(
        "geolocation", "probe", "remove-parent", "--code", "lax-probe-01", "--device", "la2-dz01");
    assertThat(probeState().parentDevices()).isEmpty();

    assertThat(
            f.n.withStdin("n\n", "geolocation", "probe", "delete", "--code", "lax-probe-01").out())
        .isEqualTo("Aborted.\n");
    assertThat(data(probe)).isNotNull();
    f.n.ok("geolocation", "probe", "delete", "--code", "lax-probe-01", "--yes");
    assertThat(data(probe)).isNull();
  }

  @Test
  void badInputIsRefusedWithoutWriting() {
    String pk = PROBE_KEY.publicKey().toBase58();
    f.n.ok(
        "geolocation",
        "probe",
        "create",
        "--code",
        "bad-probe",
        "--exchange",
        "xewr",
        "--public-ip",
        "45.33.32.157",
        "--signing-keypair",
        pk);
    PublicKey bad = GeolocationPda.geoProbe(GeoFixture.GEO, "bad-probe").address();
    byte[] before = data(bad);

    f.n.rejected(
        1,
        "Error: GeoProbe 'nope' not found",
        "geolocation",
        "probe",
        "add-parent",
        "--code",
        "nope",
        "--device",
        "la2-dz01");
    f.n.rejected(
        1,
        "Error: GeoProbe 'nope' not found",
        "geolocation",
        "probe",
        "update",
        "--code",
        "nope",
        "--port",
        "1");
    f.n.rejected(
        1,
        "Error: Device " + exchange("xewr") + " not found",
        "geolocation",
        "probe",
        "add-parent",
        "--code",
        "bad-probe",
        "--device",
        exchange("xewr").toBase58());
    f.n.rejected(
        1,
        "is not a parent of probe 'bad-probe'",
        "geolocation",
        "probe",
        "remove-parent",
        "--code",
        "bad-probe",
        "--device",
        "la2-dz01");
    f.n.rejected(
        1,
        "Error: Exchange with code nope not found",
        "geolocation",
        "probe",
        "create",
        "--code",
        "p2",
        "--exchange",
        "nope",
        "--public-ip",
        "45.33.32.158",
        "--signing-keypair",
        pk);
    f.n.rejected(
        1,
        "Error: InvalidIpAddress",
        "geolocation",
        "probe",
        "create",
        "--code",
        "p2",
        "--exchange",
        "xewr",
        "--public-ip",
        "10.0.0.1",
        "--signing-keypair",
        pk);
    f.n.rejected(
        1,
        "At least one of --public-ip, --port, or --signing-keypair is required",
        "geolocation",
        "probe",
        "update",
        "--code",
        "bad-probe");
    f.n.rejected(
        1,
        "already exists",
        "geolocation",
        "probe",
        "create",
        "--code",
        "bad-probe",
        "--exchange",
        "xewr",
        "--public-ip",
        "45.33.32.157",
        "--signing-keypair",
        pk);
    f.n.rejected(1, "already exists", "geolocation", "init-config", "--yes");
    f.n.rejected(
        2,
        "Invalid value for option '--signing-keypair'",
        "geolocation",
        "probe",
        "create",
        "--code",
        "p2",
        "--exchange",
        "xewr",
        "--public-ip",
        "45.33.32.158",
        "--signing-keypair",
        "not-a-key");

    // Missing authority: no keypair at all, and a funded key that is not on the foundation
    // allowlist.
    CliRun.Result noKey =
        f.n.run(
            "geolocation",
            "probe",
            "update",
            "--code",
            "bad-probe",
            "--port",
            "1",
            "--keypair",
            dir.resolve("absent.json").toString());
    assertThat(noKey.code()).isEqualTo(1);
    assertThat(noKey.err()).startsWith("Error: ").doesNotContain("Exception");
    Keypair stranger = Keypair.generate();
    Path strangerFile = dir.resolve("stranger.json");
    KeypairFile.write(strangerFile, stranger);
    f.n.rpc.confirmTransaction(
        f.n.rpc.requestAirdrop(stranger.publicKey(), 1_000_000_000L),
        Commitment.CONFIRMED,
        Long.MAX_VALUE,
        Duration.ofSeconds(30));
    CliRun.Result notAllowed =
        f.n.run(
            "geolocation",
            "probe",
            "update",
            "--code",
            "bad-probe",
            "--port",
            "1",
            "--keypair",
            strangerFile.toString());
    assertThat(notAllowed.code()).as(notAllowed.err()).isEqualTo(1);
    assertThat(notAllowed.err()).startsWith("Error: NotAllowed");
    assertThat(data(bad)).as("the probe account").isEqualTo(before);
  }

  static GeoProbe probeState() {
    return (GeoProbe) GeolocationAccounts.decode(data(probe));
  }

  static PublicKey exchange(String code) {
    return f.n.client.getAll(AccountType.EXCHANGE, Exchange.class).stream()
        .filter(a -> a.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .address();
  }
}
