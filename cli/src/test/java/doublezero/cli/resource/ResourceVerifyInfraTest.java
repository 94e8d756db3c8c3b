package doublezero.cli.resource;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `resource verify` on the infrastructure side: two devices with vpnv4 loopbacks and a WAN link,
/// activated by the in-process activator in off-chain mode (so the program's DeviceTunnelBlock,
/// SegmentRoutingIds and LinkIds bitmaps hold nothing), are reported as used but not allocated
/// (each loopback /32, both addresses of the link's /31, each segment index, the link's tunnel id;
/// 3 usages checked: 2 loopbacks and 1 link); `--fix` allocates exactly those values and a second
/// run finds nothing.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co1, which an earlier test on the ledger already"
        + " created; the CLI refuses a duplicate code")
class ResourceVerifyInfraTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Link link;
  static List<Interface> loopbacks;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir, true);
    ok("contributor", "create", "--code", "co1");
    ok(
        "device",
        "create",
        "--code",
        "dz1",
        "--contributor",
        "co1",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "45.0.0.1",
        "--dz-prefixes",
        "100.0.0.0/29",
        "-w");
    ok(
        "device",
        "create",
        "--code",
        "dz2",
        "--contributor",
        "co1",
        "--location",
        "ewr",
        "--exchange",
        "xewr",
        "--public-ip",
        "45.0.0.2",
        "--dz-prefixes",
        "100.0.1.0/29",
        "-w");
    for (String d : List.of("dz1", "dz2")) {
      ok("device", "interface", "create", d, "Ethernet1/1", "--bandwidth", "10 Gbps", "-w");
      ok(
          "device",
          "interface",
          "create",
          d,
          "Loopback255",
          "--loopback-type",
          "vpnv4",
          "--bandwidth",
          "10 Gbps",
          "-w");
    }
    ok(
        "link",
        "create",
        "wan",
        "--code",
        "dz1:dz2",
        "--side-a",
        "dz1",
        "--side-z",
        "dz2",
        "--bandwidth",
        "10 Gbps",
        "--mtu",
        "9000",
        "--delay-ms",
        "40",
        "--jitter-ms",
        "3",
        "-w");
    link = n.client.getAll(AccountType.LINK, Link.class).getFirst().state();
    loopbacks =
        n.client.getAll(AccountType.DEVICE, Device.class).stream()
            .map(d -> d.state().findInterface("Loopback255").orElseThrow())
            .toList();
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static CliRun.Result withStdin(String stdin, String... args) {
    return n.withStdin(stdin, args);
  }

  static List<String> allocated(PublicKey extension) {
    return ResourceAudit.allocated(
            n.client.get(extension, ResourceExtension.class).orElseThrow().state())
        .stream()
        .map(Object::toString)
        .toList();
  }

  @Test
  void loopbacksAndLinksUsedOffChainAreReportedThenAllocated() {
    String report = ok("resource", "verify").out();
    assertThat(report)
        .contains("  DeviceTunnelBlock:   3\n  SegmentRoutingIds:   2\n  LinkIds:             1\n");
    for (Interface lo : loopbacks) {
      assertThat(report)
          .contains("  DeviceTunnelBlock = " + lo.ipNet() + " (used by Device ")
          .contains("  SegmentRoutingIds = " + lo.nodeSegmentIdx() + " (used by Device ");
    }
    String net = link.tunnelNet().ip().toString();
    String second = new Ipv4Address(link.tunnelNet().ip().value() + 1).toString();
    assertThat(report)
        .contains("  DeviceTunnelBlock = " + net + "/32 (used by Link ")
        .contains("  DeviceTunnelBlock = " + second + "/32 (used by Link ")
        .contains("  LinkIds = " + link.tunnelId() + " (used by Link ");

    CliRun.Result fixed = withStdin("y\n", "resource", "verify", "--fix");
    assertThat(fixed.code()).as(fixed.err()).isZero();
    assertThat(fixed.out())
        .contains("Applying fixes...")
        .endsWith("Done.\n")
        .doesNotContain("FAILED");
    PublicKey program = LocalCliNetwork.PROGRAM;
    assertThat(allocated(ServiceabilityPdas.deviceTunnelBlock(program).address()))
        .containsExactlyInAnyOrder(
            loopbacks.get(0).ipNet().toString(),
            loopbacks.get(1).ipNet().toString(),
            net + "/32",
            second + "/32");
    assertThat(allocated(ServiceabilityPdas.segmentRoutingIds(program).address()))
        .containsExactlyInAnyOrder(
            String.valueOf(loopbacks.get(0).nodeSegmentIdx()),
            String.valueOf(loopbacks.get(1).nodeSegmentIdx()));
    assertThat(allocated(ServiceabilityPdas.linkIds(program).address()))
        .containsExactly(String.valueOf(link.tunnelId()));
    assertThat(ok("resource", "verify").out())
        .contains("  DeviceTunnelBlock:   3\n")
        .endsWith("No discrepancies found.\n");
  }
}
