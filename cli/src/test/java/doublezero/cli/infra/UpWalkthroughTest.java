package doublezero.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// README's walkthrough as a newcomer runs it after `doublezero-localnet up`: the same network with
/// the activator running in-process, the commands verbatim (plus README's interface
/// commands with `-w`), nothing played by the test. The activator activates the devices, unlinks
/// the interfaces and activates the link; `device list`, `link list` and `contributor list` show
/// them activated; `device suspend`/`resume` drain and undrain; `link delete` closes the link and
/// refunds its rent.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor flower_power, which an earlier test or run on the"
        + " ledger already created; the CLI refuses a duplicate code")
class UpWalkthroughTest {
  static final String PUBLISHER = "1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB";
  @TempDir static Path dir;
  static LocalCliNetwork n;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir, true);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    T v = read.get();
    while (!done.test(v) && System.nanoTime() < end) {
      Thread.sleep(20);
      v = read.get();
    }
    return v;
  }

  @Test
  void walkthroughWithTheActivator() throws InterruptedException {
    ok("contributor", "create", "--code", "flower_power");
    ok(
        "device",
        "create",
        "--code",
        "la2-dz01",
        "--contributor",
        "flower_power",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.134",
        "--dz-prefixes",
        "100.0.0.0/16",
        "--metrics-publisher",
        PUBLISHER);
    ok(
        "device",
        "create",
        "--code",
        "ny5-dz01",
        "--contributor",
        "flower_power",
        "--location",
        "ewr",
        "--exchange",
        "xewr",
        "--public-ip",
        "64.86.249.80",
        "--dz-prefixes",
        "101.0.0.0/16",
        "--metrics-publisher",
        PUBLISHER);
    assertThat(
            ok(
                    "device",
                    "interface",
                    "create",
                    "la2-dz01",
                    "Ethernet1/1",
                    "--bandwidth",
                    "10 Gbps",
                    "-w")
                .out())
        .endsWith("Status: unlinked\n");
    assertThat(
            ok(
                    "device",
                    "interface",
                    "create",
                    "ny5-dz01",
                    "Ethernet1/1",
                    "--bandwidth",
                    "10 Gbps",
                    "-w")
                .out())
        .endsWith("Status: unlinked\n");
    ok(
        "link",
        "create",
        "wan",
        "--code",
        "la2-dz01:ny5-dz01",
        "--side-a",
        "la2-dz01",
        "--side-z",
        "ny5-dz01",
        "--bandwidth",
        "10 Gbps",
        "--mtu",
        "9000",
        "--delay-ms",
        "40",
        "--jitter-ms",
        "3");

    List<Link> links =
        eventually(
            () ->
                n.client.getAll(AccountType.LINK, Link.class).stream().map(d -> d.state()).toList(),
            l -> l.size() == 1 && l.getFirst().status() == LinkStatus.ACTIVATED);
    assertThat(links)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.status()).isEqualTo(LinkStatus.ACTIVATED);
              assertThat(l.tunnelNet()).hasToString("172.16.0.0/31");
            });
    List<String> devices = ok("device", "list").out().lines().toList();
    assertThat(devices).hasSize(3);
    assertThat(devices.subList(1, 3)).allSatisfy(row -> assertThat(row).contains(" activated "));
    assertThat(ok("link", "list").out().lines().skip(1))
        .singleElement()
        .asString()
        .contains(
            " la2-dz01:ny5-dz01 ",
            " flower_power ",
            " WAN ",
            " 10Gbps ",
            " 172.16.0.0/31 ",
            " activated ");
    assertThat(ok("contributor", "list").out().lines().skip(1))
        .singleElement()
        .asString()
        .contains(" flower_power ", " activated ", " " + n.user() + " ");

    PublicKey la2 =
        n.client.getAll(AccountType.DEVICE, Device.class).stream()
            .filter(d -> d.state().code().equals("la2-dz01"))
            .findFirst()
            .orElseThrow()
            .address();
    ok("device", "suspend", "--pubkey", la2.toBase58());
    assertThat(n.client.get(la2, Device.class).orElseThrow().state().status())
        .isEqualTo(DeviceStatus.DRAINED);
    ok("device", "resume", "--pubkey", la2.toBase58());
    assertThat(n.client.get(la2, Device.class).orElseThrow().state().status())
        .isEqualTo(DeviceStatus.ACTIVATED);
  }
}
