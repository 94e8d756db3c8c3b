package doublezero.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkHealth;
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

/// `link create wan|dzx`, `accept`, `update`, `list`, `get`, `set-health`, `delete` end to end on
/// LocalCliNetwork, the interface picking of the project addition, and rejected inputs that send
/// nothing.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co01, which the bootstrap (like the reference e2e)"
        + " already created; the CLI refuses a duplicate code")
class LinkCommandsTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Activator activator;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    activator = new Activator(n);
    ok("contributor", "create", "--code", "co01");
    ok("contributor", "create", "--code", "co02");
    device("a1", "co01", "207.45.216.60", "100.8.0.0/16", "Ethernet1", "Ethernet2");
    device("z1", "co01", "64.86.249.60", "100.9.0.0/16", "Ethernet1");
    device("x1", "co02", "64.86.249.61", "100.10.0.0/16", "Ethernet3");
    device("bare", "co01", "64.86.249.62", "100.11.0.0/16");
  }

  static void device(String code, String contributor, String ip, String prefix, String... ifaces) {
    ok(
        "device",
        "create",
        "--code",
        code,
        "--contributor",
        contributor,
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        ip,
        "--dz-prefixes",
        prefix);
    PublicKey pk = activator.deviceKey(code);
    activator.activateDevice(pk);
    for (String i : ifaces) {
      ok("device", "interface", "create", code, i, "--bandwidth", "10Gbps");
      activator.unlinkInterface(pk, i);
    }
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static Link link(String code) {
    return n.client.get(activator.linkKey(code), Link.class).orElseThrow().state();
  }

  @Test
  void wanLifecycle() {
    ok(
        "link",
        "create",
        "wan",
        "--code",
        "A1:Z1",
        "--contributor",
        "co01",
        "--side-a",
        "a1",
        "--side-a-interface",
        "et2",
        "--side-z",
        "z1",
        "--side-z-interface",
        "Ethernet1",
        "--bandwidth",
        "10Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        "0.5",
        "--jitter-ms",
        "0.01",
        "--desired-status",
        "soft-drained");
    Link l = link("a1:z1");
    assertThat(l.sideAIfaceName()).isEqualTo("Ethernet2");
    assertThat(l.delayNs()).isEqualTo(500_000);
    assertThat(l.jitterNs()).isEqualTo(10_000);
    assertThat(l.desiredStatus().rustDisplay()).isEqualTo("soft-drained");
    PublicKey key = activator.linkKey("a1:z1");
    activator.activateLink(key, 5, NetworkV4.parse("172.16.0.2/31"));

    List<String> get = ok("link", "get", "--code", "a1:z1").out().lines().toList();
    assertThat(get)
        .contains(
            " account           | " + key,
            " side_a            | a1",
            " tunnel_type       | WAN",
            " bandwidth         | 10000000000",
            " delay             | 0.5ms",
            " jitter            | 0.01ms",
            " delay_override    | 0ms",
            " tunnel_net        | 172.16.0.2/31",
            " status            | activated");
    assertThat(ok("link", "list", "--side-a", "a1", "--status", "activated").out().lines())
        .hasSize(2);
    assertThat(ok("link", "list", "--dzx").out().lines().filter(x -> x.contains("a1:z1")))
        .isEmpty();

    CliRun.Result upd =
        ok(
            "link",
            "update",
            "--pubkey",
            "a1:z1",
            "--bandwidth",
            "20Gbps",
            "--delay-override-ms",
            "1.5",
            "-w");
    assertThat(upd.out()).matches("Signature: \\w+\nStatus: activated\n");
    assertThat(link("a1:z1").bandwidth()).isEqualTo(20_000_000_000L);
    assertThat(link("a1:z1").delayOverrideNs()).isEqualTo(1_500_000L);
    ok("link", "set-health", "--pubkey", "a1:z1", "--health", "impaired");
    assertThat(link("a1:z1").linkHealth()).isEqualTo(LinkHealth.IMPAIRED);
    CliRun.Result busy = n.run("device", "interface", "delete", "a1", "Ethernet2");
    assertThat(busy.err())
        .isEqualTo("Error: Cannot delete physical interface 'Ethernet2' with status activated\n");

    ok("link", "update", "--pubkey", key.toBase58(), "--status", "soft-drained");
    assertThat(ok("link", "delete", "--pubkey", key.toBase58()).out()).startsWith("Signature: ");
    assertThat(link("a1:z1").status()).isEqualTo(LinkStatus.DELETING);
  }

  @Test
  void dzxIsRequestedUntilAccepted() {
    ok(
        "link",
        "create",
        "dzx",
        "--code",
        "a1:x1",
        "--side-a",
        "a1",
        "--side-a-interface",
        "Ethernet1",
        "--side-z",
        "x1",
        "--bandwidth",
        "10Gbps",
        "--mtu",
        "9000",
        "--delay-ms",
        "1",
        "--jitter-ms",
        "1");
    Link l = link("a1:x1");
    assertThat(l.linkType()).isEqualTo(LinkLinkType.DZX);
    assertThat(l.status()).isEqualTo(LinkStatus.REQUESTED);
    assertThat(l.sideZIfaceName()).isEmpty();
    assertThat(n.run("link", "accept", "--code", "a1:x1", "--side-z-interface", "Ethernet9").err())
        .isEqualTo("Error: Interface 'Ethernet9' not found on side Z device\n");
    ok("link", "accept", "--code", "a1:x1", "--side-z-interface", "Ethernet3");
    assertThat(link("a1:x1").status()).isEqualTo(LinkStatus.PENDING);
    assertThat(link("a1:x1").sideZIfaceName()).isEqualTo("Ethernet3");
    assertThat(n.run("link", "accept", "--code", "a1:x1", "--side-z-interface", "Ethernet3").err())
        .isEqualTo("Error: Link is not in Requested status\n");
  }

  @Test
  void interfacePickingAndRejectionsSendNothing() {
    long before = n.rpc.getBalance(n.user());
    expect(
        "Error: Device 'a1' has 2 interfaces eligible for a link: Ethernet1, Ethernet2; choose one"
            + " with --side-a-interface\n",
        "link",
        "create",
        "wan",
        "--code",
        "p1",
        "--side-a",
        "a1",
        "--side-z",
        "z1",
        "--bandwidth",
        "1Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        "1",
        "--jitter-ms",
        "1");
    expect(
        "Error: Device 'bare' has no interface eligible for a link (physical, unlinked, no"
            + " CYOA/DIA, MTU 2048); its interfaces: none. Create one with `doublezero device"
            + " interface create bare <NAME> --bandwidth <BW>` and wait for it to be unlinked, or"
            + " pass --side-z-interface\n",
        "link",
        "create",
        "wan",
        "--code",
        "p1",
        "--side-a",
        "z1",
        "--side-z",
        "bare",
        "--bandwidth",
        "1Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        "1",
        "--jitter-ms",
        "1");
    expect(
        "Error: Contributor not found\n",
        "link",
        "create",
        "wan",
        "--code",
        "p1",
        "--contributor",
        "nobody",
        "--side-a",
        "a1",
        "--side-z",
        "z1",
        "--bandwidth",
        "1Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        "1",
        "--jitter-ms",
        "1");
    expect(
        "Error: Device not found\n",
        "link",
        "create",
        "dzx",
        "--code",
        "p1",
        "--side-a",
        "a9",
        "--side-z",
        "z1",
        "--bandwidth",
        "1Gbps",
        "--mtu",
        "2048",
        "--delay-ms",
        "1",
        "--jitter-ms",
        "1");
    CliRun.Result mtu =
        n.run(
            "link",
            "create",
            "wan",
            "--code",
            "p1",
            "--side-a",
            "a1",
            "--side-z",
            "z1",
            "--bandwidth",
            "1Gbps",
            "--mtu",
            "100",
            "--delay-ms",
            "1",
            "--jitter-ms",
            "1");
    assertThat(mtu.code()).isEqualTo(2);
    assertThat(mtu.err()).contains("MTU must be between 2048 and 10218");
    assertThat(
            n.run(
                    "link",
                    "create",
                    "wan",
                    "--code",
                    "p1",
                    "--side-a",
                    "a1",
                    "--side-z",
                    "z1",
                    "--bandwidth",
                    "1Gbps",
                    "--mtu",
                    "2048",
                    "--delay-ms",
                    "5000",
                    "--jitter-ms",
                    "1")
                .err())
        .contains("Delay must be between 0.01 and 1000 ms");
    assertThat(n.run("link", "delete", "--pubkey", "a1:z1").code()).isEqualTo(2);
    expect(
        "Error: Invalid status 'up': Invalid LinkStatus: up\n", "link", "list", "--status", "up");
    expect("Error: Side A device 'nope' not found\n", "link", "list", "--side-a", "nope");
    expect("Error: Link with code nope not found\n", "link", "get", "--code", "nope");
    assertThat(n.run("link", "set-health", "--pubkey", "nope", "--health", "bad").code())
        .isEqualTo(2);
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
  }

  static void expect(String err, String... args) {
    CliRun.Result r = n.run(args);
    assertThat(r.err()).isEqualTo(err);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
  }
}
