package doublezero.cli.resource;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.user.MemberFixture;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `resource verify [--fix]` end to end on LocalCliNetwork with the `onchain-allocation` feature
/// flag set: a user and a multicast group activated off chain before the flag (values used but not
/// allocated), a group allocated on chain at the address another group already took (duplicate
/// usage), an orphaned link id, and a closed per-device extension; then `--fix` answering `y` on
/// stdin, and `N`.
@NeedsLedgerInternals(
    "fixed addresses: a user at client IP 8.8.3.1 on a device coded dz1, which an earlier test on"
        + " the ledger already holds (AccountAlreadyInitialized)")
class ResourceVerifyCommandTest {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  static final String SIG = "[1-9A-HJ-NP-Za-km-z]{64,88}";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static MemberFixture fx;
  static PublicKey device;
  static PublicKey user;
  static PublicKey lone;
  static PublicKey[] dup;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    fx = new MemberFixture(n);
    device = fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
    ok("access-pass", "set", "--client-ip", "8.8.3.1", "--user-payer", "me");
    ok("user", "create", "--device", "dz1", "--client-ip", "8.8.3.1", "-a");
    user =
        ServiceabilityPdas.userV2(
                PROGRAM, Ipv4Address.parse("8.8.3.1"), UserType.IBRL_WITH_ALLOCATED_IP)
            .address();
    fx.activateUser(user, 501, "169.254.0.2/31", "100.0.0.1");
    lone = group("mg0", "233.84.178.77");
    PublicKey early = group("mgdup", "233.84.178.0");
    ok("global-config", "feature-flags", "set", "--enable", "onchain-allocation");
    PublicKey onchain = group("mg1", null);
    dup =
        Stream.of(early, onchain)
            .sorted(Comparator.comparing(PublicKey::toBytes, Arrays::compareUnsigned))
            .toArray(PublicKey[]::new);
    ok("resource", "allocate", "--resource-type", "link-ids", "--requested-allocation", "42");
    ok(
        "resource",
        "close",
        "--resource-type",
        "tunnel-ids",
        "--associated-pubkey",
        device.toBase58());
  }

  /// Creates a group through the CLI; with an address, activates it off chain as the activator did
  /// before the flag.
  static PublicKey group(String code, String ip) {
    ok("multicast", "group", "create", "--code", code, "--max-bandwidth", "1Gbps", "--owner", "me");
    PublicKey g = fx.group(code);
    if (ip != null) {
      fx.activateGroup(g, ip);
    }
    return g;
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

  /// @param tunnelIds the TunnelIds count: 0 while the device's extension is missing
  static String header(int tunnelIds) {
    return "Resource Verification Report\n============================\n\nResources checked:\n"
        + "  UserTunnelBlock:     1\n  TunnelIds:           "
        + tunnelIds
        + "\n"
        + "  DzPrefixBlock:       1\n  DeviceTunnelBlock:   0\n  SegmentRoutingIds:   0\n"
        + "  LinkIds:             0\n  MulticastGroupBlock: 3\n\n";
  }

  static String dupLine() {
    return "  MulticastGroupBlock = 233.84.178.0/32 (used by MulticastGroup "
        + dup[0]
        + " AND MulticastGroup "
        + dup[1]
        + ")\n";
  }

  @Test
  void reportsEveryDiscrepancyAndFixesAfterConfirmation() {
    String tunnelIds = "TunnelIds(" + device + ", 0)";
    String prefix = "DzPrefixBlock(" + device + ", 0)";
    String usedBy = " (used by User " + user + ")\n";
    String used =
        "Used but not allocated (may indicate missing allocations):\n"
            + "----------------------------------------------------------\n"
            + "  UserTunnelBlock = 169.254.0.2/32"
            + usedBy
            + "  UserTunnelBlock = 169.254.0.3/32"
            + usedBy
            + "  "
            + prefix
            + " = 100.0.0.1/32"
            + usedBy
            + "  MulticastGroupBlock = 233.84.178.77/32 (used by MulticastGroup "
            + lone
            + ")\n\n";
    String orphan =
        "Allocated but not used (may indicate orphaned allocations):\n"
            + "-----------------------------------------------------------\n  LinkIds = 42\n\n";
    String dups =
        "Duplicate usage (same resource used by multiple accounts):\n"
            + "-----------------------------------------------------------\n"
            + dupLine()
            + "\n";
    long before = n.rpc.getBalance(n.user());
    assertThat(ok("resource", "verify").out())
        .isEqualTo(
            header(0)
                + "Discrepancies found: 7\n\n"
                + "Resource Extensions Not Found:\n------------------------------\n  "
                + tunnelIds
                + "\n"
                + "  Hint: use --fix to create missing resource extensions.\n\n"
                + orphan
                + used
                + dups);
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);

    CliRun.Result fixed = withStdin("y\n", "resource", "verify", "--fix");
    assertThat(fixed.code()).as(fixed.err()).isZero();
    assertThat(fixed.out())
        .matches(
            quote(
                    header(0)
                        + "Discrepancies found: 7\n\n"
                        + "Resource Extensions Not Found:\n------------------------------\n  "
                        + tunnelIds
                        + "\n\n"
                        + orphan
                        + used
                        + dups
                        + "Creating missing resource extensions...\n  CREATE "
                        + tunnelIds
                        + " ... OK (signature: ")
                + SIG
                + quote(
                    ")\n\nRe-verifying resources after extension creation...\n\n"
                        + "Warning: skipping duplicate usages (must be resolved manually):\n"
                        + dupLine()
                        + "\n"
                        + "Proposed fixes:\n"
                        + "--------------\n"
                        + "  DEALLOCATE LinkIds = 42\n"
                        + "  ALLOCATE UserTunnelBlock = 169.254.0.2/32\n"
                        + "  ALLOCATE UserTunnelBlock = 169.254.0.3/32\n"
                        + "  ALLOCATE "
                        + tunnelIds
                        + " = 501\n  ALLOCATE "
                        + prefix
                        + " = 100.0.0.1/32\n"
                        + "  ALLOCATE MulticastGroupBlock = 233.84.178.77/32\n\n"
                        + "Should this be fixed? [y/N]: \n"
                        + "Applying fixes...\n"
                        + "  Deallocating LinkIds = 42 ...\n"
                        + "    OK (signature: ")
                + SIG
                + quote(
                    ")\n"
                        + "  Allocating UserTunnelBlock = 169.254.0.2/32 ...\n    OK (signature: ")
                + SIG
                + quote(
                    ")\n"
                        + "  Allocating UserTunnelBlock = 169.254.0.3/32 ...\n    OK (signature: ")
                + SIG
                + quote(")\n" + "  Allocating " + tunnelIds + " = 501 ...\n    OK (signature: ")
                + SIG
                + quote(
                    ")\n" + "  Allocating " + prefix + " = 100.0.0.1/32 ...\n    OK (signature: ")
                + SIG
                + quote(
                    ")\n"
                        + "  Allocating MulticastGroupBlock = 233.84.178.77/32 ...\n"
                        + "    OK (signature: ")
                + SIG
                + quote(")\n\nDone.\n"));

    ResourceExtension ids = extension(ServiceabilityPdas.tunnelIds(PROGRAM, device, 0).address());
    assertThat(ResourceAudit.allocated(ids).stream().map(Object::toString)).containsExactly("501");
    assertThat(ResourceAudit.allocated(extension(ServiceabilityPdas.linkIds(PROGRAM).address())))
        .isEmpty();
    assertThat(
            ResourceAudit.allocated(
                    extension(ServiceabilityPdas.multicastGroupBlock(PROGRAM).address()))
                .stream()
                .map(Object::toString))
        .containsExactly("233.84.178.0/32", "233.84.178.77/32");
    String rest = "Discrepancies found: 1\n\n" + dups;
    assertThat(ok("resource", "verify").out()).isEqualTo(header(1) + rest);

    ok("resource", "allocate", "--resource-type", "link-ids", "--requested-allocation", "43");
    before = n.rpc.getBalance(n.user());
    CliRun.Result declined = withStdin("N\n", "resource", "verify", "--fix");
    assertThat(declined.out())
        .endsWith(
            "Warning: skipping duplicate usages (must be resolved manually):\n"
                + dupLine()
                + "\nProposed fixes:\n--------------\n  DEALLOCATE LinkIds = 43\n\n"
                + "Should this be fixed? [y/N]: Aborted.\n");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
    assertThat(
            ResourceAudit.allocated(extension(ServiceabilityPdas.linkIds(PROGRAM).address()))
                .stream()
                .map(Object::toString))
        .containsExactly("43");
  }

  @Test
  void rejectsAnUnknownArgument() {
    CliRun.Result r = n.run("resource", "verify", "--fix=maybe");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }

  static ResourceExtension extension(PublicKey pda) {
    return n.client.get(pda, ResourceExtension.class).orElseThrow().state();
  }

  static String quote(String s) {
    return java.util.regex.Pattern.quote(s);
  }
}
