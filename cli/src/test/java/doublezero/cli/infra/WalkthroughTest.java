package doublezero.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The acceptance walkthrough, verbatim, on the network `doublezero-localnet up` runs: a
/// contributor, two devices, activated as the activator would, one physical interface each
/// (unlinked by the activator), and a WAN link created without `--contributor` or interface flags
/// (project additions); `device list` and `link list` show them.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor flower_power, which an earlier test or run on the"
        + " ledger already created; the CLI refuses a duplicate code")
class WalkthroughTest {
  static final String PUBLISHER = "1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Activator activator;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    activator = new Activator(n);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  @Test
  void walkthrough() {
    ok("contributor", "create", "--code", "flower_power");
    assertThat(
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
                    PUBLISHER)
                .out())
        .matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
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
    PublicKey la2 = activator.deviceKey("la2-dz01");
    PublicKey ny5 = activator.deviceKey("ny5-dz01");
    assertThat(activator.device(la2).status()).isEqualTo(DeviceStatus.PENDING);
    assertThat(activator.activateDevice(la2).status()).isEqualTo(DeviceStatus.ACTIVATED);
    assertThat(activator.activateDevice(ny5).status()).isEqualTo(DeviceStatus.ACTIVATED);

    // The interfaces the v0.12.0 program and CLI need before a link: one physical, non-CYOA/DIA
    // interface with
    // MTU 2048 (the default) per device, unlinked by the activator.
    ok("device", "interface", "create", "la2-dz01", "Ethernet1/1", "--bandwidth", "10 Gbps");
    ok("device", "interface", "create", "ny5-dz01", "Ethernet1/1", "--bandwidth", "10 Gbps");
    activator.unlinkInterface(la2, "Ethernet1/1");
    activator.unlinkInterface(ny5, "Ethernet1/1");

    CliRun.Result link =
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
    assertThat(link.out()).matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    PublicKey linkKey = activator.linkKey("la2-dz01:ny5-dz01");
    Link l = n.client.get(linkKey, Link.class).orElseThrow().state();
    Device a = activator.device(la2);
    assertThat(l.contributorPk()).isEqualTo(a.contributorPk());
    assertThat(l.sideAPk()).isEqualTo(la2);
    assertThat(l.sideZPk()).isEqualTo(ny5);
    assertThat(l.sideAIfaceName()).isEqualTo("Ethernet1/1");
    assertThat(l.sideZIfaceName()).isEqualTo("Ethernet1/1");
    assertThat(l.linkType()).isEqualTo(LinkLinkType.WAN);
    assertThat(l.bandwidth()).isEqualTo(10_000_000_000L);
    assertThat(l.mtu()).isEqualTo(9000);
    assertThat(l.delayNs()).isEqualTo(40_000_000L);
    assertThat(l.jitterNs()).isEqualTo(3_000_000L);
    assertThat(l.status()).isEqualTo(LinkStatus.PENDING);
    Link active = activator.activateLink(linkKey, 1, NetworkV4.parse("172.16.0.0/31"));
    assertThat(active.status()).isEqualTo(LinkStatus.ACTIVATED);
    assertThat(activator.device(la2).interfaces().getFirst().toCurrentVersion().status())
        .isEqualTo(InterfaceStatus.ACTIVATED);

    List<String> devices = ok("device", "list").out().lines().toList();
    assertThat(devices).hasSize(3);
    assertThat(devices.get(0)).startsWith(" account ").contains("| code ").contains("| status ");
    assertThat(devices.get(1))
        .contains(
            " la2-dz01 ",
            " flower_power ",
            " lax ",
            " xlax ",
            " hybrid ",
            " 207.45.216.134 ",
            " 100.0.0.0/16 ",
            " activated ");
    assertThat(devices.get(2))
        .contains(" ny5-dz01 ", " ewr ", " xewr ", " 64.86.249.80 ", " 101.0.0.0/16 ");
    List<String> links = ok("link", "list").out().lines().toList();
    assertThat(links).hasSize(2);
    assertThat(links.get(1))
        .contains(
            " " + linkKey + " ",
            " la2-dz01:ny5-dz01 ",
            " flower_power ",
            " la2-dz01 ",
            " Ethernet1/1 ",
            " ny5-dz01 ",
            " WAN ",
            " 10Gbps ",
            " 9000 ",
            " 40.00ms ",
            " 3.00ms ",
            " 0.00ms ",
            " 1 ",
            " 172.16.0.0/31 ",
            " activated ",
            " ready-for-service ",
            " " + n.user() + " ");
  }
}
