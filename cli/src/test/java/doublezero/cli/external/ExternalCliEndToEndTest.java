package doublezero.cli.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.ExternalLedger;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// README's walkthrough with the CLI end to end, on whatever ledger [LocalCliNetwork] gives (the
/// in-process `up` network, or an external one: `-Dledger.url=…`, see
/// `solana-test-validator-scripts/run-suite.sh`), with the activator in-process: a contributor, two
/// devices, their interfaces (`-w`) and a WAN link, all activated, then drained and undrained; an
/// access pass and a user (`-w`) activated, then deleted and closed; a multicast group activated; a
/// duplicate code is refused with nothing sent. Codes carry a random suffix and the addresses are
/// random, so runs on a shared ledger do not collide.
@ExternalLedger
class ExternalCliEndToEndTest {
  static final String PUBLISHER = "1111111FVAiSujNZVgYSc27t6zUTWoKfAGxbRzzPB";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static final String SUFFIX =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir, true);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static String ip() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "9." + (128 + r.nextInt(128)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  static String prefix() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "101." + r.nextInt(256) + "." + r.nextInt(256) + ".0/24";
  }

  static Optional<DecodedAccount<Device>> device(String code) {
    return n.client.getAll(AccountType.DEVICE, Device.class).stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst();
  }

  @NeedsLedgerInternals(
      "an activator without a backlog: on a ledger where earlier tests left Pending accounts (the"
          + " program scenario suites leave hundreds), the activator this test starts works through"
          + " them first and the activation wait expires (seen on the stand-in: 30 s, and the CLI's"
          + " 60 s for -w)")
  @Test
  void contributorDevicesInterfacesAndLinkActivatedThenDrainedAndUndrained() {
    String co = "co_" + SUFFIX, la = "la-" + SUFFIX, ny = "ny-" + SUFFIX, code = la + ":" + ny;
    n.ok("contributor", "create", "--code", co);
    n.ok(
        "device",
        "create",
        "--code",
        la,
        "--contributor",
        co,
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        ip(),
        "--dz-prefixes",
        prefix(),
        "--metrics-publisher",
        PUBLISHER);
    n.ok(
        "device",
        "create",
        "--code",
        ny,
        "--contributor",
        co,
        "--location",
        "ewr",
        "--exchange",
        "xewr",
        "--public-ip",
        ip(),
        "--dz-prefixes",
        prefix(),
        "--metrics-publisher",
        PUBLISHER);
    for (String d : new String[] {la, ny}) {
      assertThat(
              n.ok(
                      "device",
                      "interface",
                      "create",
                      d,
                      "Ethernet1/1",
                      "--bandwidth",
                      "10 Gbps",
                      "-w")
                  .out())
          .endsWith("Status: unlinked\n");
    }
    n.ok(
        "link",
        "create",
        "wan",
        "--code",
        code,
        "--side-a",
        la,
        "--side-z",
        ny,
        "--bandwidth",
        "10 Gbps",
        "--mtu",
        "9000",
        "--delay-ms",
        "40",
        "--jitter-ms",
        "3");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                n.client.getAll(AccountType.LINK, Link.class).stream()
                    .anyMatch(
                        l ->
                            l.state().code().equals(code)
                                && l.state().status() == LinkStatus.ACTIVATED));
    assertThat(device(la).orElseThrow().state().status()).isEqualTo(DeviceStatus.ACTIVATED);
    assertThat(n.ok("link", "get", "--code", code).out()).contains("activated");
    assertThat(
            n.ok("device", "list")
                .out()
                .lines()
                .filter(row -> row.contains(" " + la + " ") || row.contains(" " + ny + " ")))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).contains(" activated "));

    PublicKey laKey = device(la).orElseThrow().address();
    n.ok("device", "suspend", "--pubkey", laKey.toBase58());
    assertThat(n.client.get(laKey, Device.class).orElseThrow().state().status())
        .isEqualTo(DeviceStatus.DRAINED);
    n.ok("device", "resume", "--pubkey", laKey.toBase58());
    assertThat(n.client.get(laKey, Device.class).orElseThrow().state().status())
        .isEqualTo(DeviceStatus.ACTIVATED);
  }

  @NeedsLedgerInternals(
      "an activator without a backlog: on a ledger where earlier tests left Pending accounts (the"
          + " program scenario suites leave hundreds), the activator this test starts works through"
          + " them first and the activation wait expires (seen on the stand-in: 30 s, and the CLI's"
          + " 60 s for -w)")
  @Test
  void anAccessPassAndAUserActivatedThenDeletedAndAMulticastGroupActivated() {
    String co = "cu_" + SUFFIX, dev = "dz-" + SUFFIX, mg = "mg-" + SUFFIX, clientIp = ip();
    n.ok("contributor", "create", "--code", co);
    n.ok(
        "device",
        "create",
        "--code",
        dev,
        "--contributor",
        co,
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        ip(),
        "--dz-prefixes",
        prefix(),
        "-w");
    n.ok("device", "update", "--pubkey", dev, "--max-users", "64");
    n.ok("access-pass", "set", "--client-ip", clientIp, "--user-payer", "me");
    n.ok("user", "create", "--device", dev, "--client-ip", clientIp, "-w");
    PublicKey user =
        ServiceabilityPdas.userV2(
                LocalCliNetwork.PROGRAM, Ipv4Address.parse(clientIp), UserType.IBRL)
            .address();
    User u = n.client.get(user, User.class).orElseThrow().state();
    assertThat(u.status()).isEqualTo(UserStatus.ACTIVATED);
    assertThat(u.tunnelNet().prefix()).isEqualTo(31);
    assertThat(u.dzIp()).isEqualTo(Ipv4Address.parse(clientIp));
    n.ok("user", "delete", "--pubkey", user.toBase58());
    await().atMost(Duration.ofSeconds(30)).until(() -> n.client.get(user, User.class).isEmpty());

    assertThat(
            n.ok(
                    "multicast",
                    "group",
                    "create",
                    "--code",
                    mg,
                    "--max-bandwidth",
                    "10Gbps",
                    "--owner",
                    "me",
                    "-w")
                .out())
        .contains("activated");
  }

  @Test
  void aDuplicateContributorCodeIsRefusedAndNothingIsSent() {
    String co = "dup_" + SUFFIX;
    n.ok("contributor", "create", "--code", co);
    n.rejected(
        1,
        "Contributor with code '" + co + "' already exists",
        "contributor",
        "create",
        "--code",
        co);
    assertThat(
            n.ok("contributor", "list").out().lines().filter(row -> row.contains(" " + co + " ")))
        .hasSize(1);
  }
}
