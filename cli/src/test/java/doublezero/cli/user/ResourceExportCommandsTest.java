package doublezero.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `resource`, `export` and the hidden `accounts` end to end on the localnet `up` network (whose
/// GlobalConfig created the global resource extensions).
class ResourceExportCommandsTest {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static PublicKey device;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    MemberFixture fx = new MemberFixture(n);
    device = fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static void rejected(int code, String err, String... args) {
    n.rejected(code, err, args);
  }

  @NeedsLedgerInternals(
      "a fresh ledger: allocates vrf id 7 from the VRF id pool, which earlier tests on the ledger"
          + " have used up")
  @Test
  void allocateGetDeallocateAnId() {
    PublicKey vrf = ServiceabilityPdas.vrfIds(PROGRAM).address();
    int before = n.client.get(vrf, ResourceExtension.class).orElseThrow().state().allocatedCount();
    assertThat(
            ok("resource", "allocate", "--resource-type", "vrf-ids", "--requested-allocation", "7")
                .out())
        .matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    ResourceExtension e = n.client.get(vrf, ResourceExtension.class).orElseThrow().state();
    assertThat(e.allocatedCount()).isEqualTo(before + 1);
    String table = ok("resource", "get", "--resource-type", "vrf-ids").out();
    assertThat(table)
        .startsWith("+----------+\n| resource |\n+----------+\n")
        .contains("\n| 7        |\n+----------+\n");
    assertThat(ok("resource", "get", "--resource-type", "vrf-ids", "--json").out())
        .contains("\"resource\": \"7\"");
    ok("resource", "deallocate", "--resource-type", "vrf-ids", "--value", "7");
    assertThat(n.client.get(vrf, ResourceExtension.class).orElseThrow().state().allocatedCount())
        .isEqualTo(before);
    assertThat(ok("resource", "get", "--resource-type", "device-tunnel-block").out())
        .startsWith("+----------+\n");
  }

  @Test
  void closeThenRecreateADeviceResource() {
    PublicKey ids = ServiceabilityPdas.tunnelIds(PROGRAM, device, 0).address();
    assertThat(n.client.get(ids, ResourceExtension.class).orElseThrow().state().allocatedCount())
        .isZero();
    assertThat(
            ok(
                    "resource",
                    "close",
                    "--resource-type",
                    "tunnel-ids",
                    "--associated-pubkey",
                    device.toBase58(),
                    "--index",
                    "0")
                .out())
        .matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    assertThat(n.client.get(ids, ResourceExtension.class)).isEmpty();
    assertThat(
            ok(
                    "resource",
                    "create",
                    "--resource-type",
                    "tunnel-ids",
                    "--associated-pubkey",
                    device.toBase58(),
                    "--index",
                    "0")
                .out())
        .matches("Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    ResourceExtension r = n.client.get(ids, ResourceExtension.class).orElseThrow().state();
    assertThat(r.associatedWith()).isEqualTo(device);
    assertThat(r.owner()).isEqualTo(n.user());
    assertThat(r.allocatedCount()).isZero();
  }

  @Test
  void resourceRejectsBadInput() {
    rejected(2, "invalid value 'bogus'", "resource", "get", "--resource-type", "bogus");
    rejected(
        1,
        "Error: Device does not have a DzPrefixBlock at index 5\n",
        "resource",
        "allocate",
        "--resource-type",
        "dz-prefix-block",
        "--associated-pubkey",
        device.toBase58(),
        "--index",
        "5");
    rejected(
        1,
        "Error: Failed to parse ID: abc\n",
        "resource",
        "deallocate",
        "--resource-type",
        "vrf-ids",
        "--value",
        "abc");
    rejected(
        1,
        "Error: Failed to parse IP address: 1.2.3\n",
        "resource",
        "allocate",
        "--resource-type",
        "user-tunnel-block",
        "--requested-allocation",
        "1.2.3");
    rejected(
        1,
        "Error: Resource not found\n",
        "resource",
        "close",
        "--resource-type",
        "tunnel-ids",
        "--associated-pubkey",
        n.user().toBase58());
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own devices: expects exactly one export file, its own dz1.yml")
  @Test
  void exportWritesOneYamlPerDevice() throws Exception {
    Path out = Files.createDirectories(dir.resolve("export"));
    CliRun.Result r = ok("export", "--path", out.toString());
    assertThat(r.out()).isEqualTo(out + "/dz1.yml\n");
    String yaml = Files.readString(out.resolve("dz1.yml"));
    assertThat(yaml)
        .startsWith(
            "device:\n  name: dz1\n  pubkey: "
                + device
                + "\n  contributor: co1\n"
                + "  public_ip: 45.0.0.1\n  location:\n    code: lax\n")
        .contains("  tunnels: []\n")
        .contains("  users: []\n");
    rejected(2, "Missing required option: '--path", "export");
  }

  @Test
  void accountsListsEveryAccountAsJson() {
    String json = ok("accounts", "--account-type", "device").out();
    assertThat(json)
        .startsWith("{\n  \"env\": \"local\",\n  \"accounts\": [\n")
        .contains("\"pubkey\": \"" + device + "\"")
        .contains("\"account_type\": \"Device\"")
        .contains("\"Device\": {")
        .doesNotContain("\"Location\"");
    assertThat(ok("accounts", "--no-output").out()).isEmpty();
  }
}
