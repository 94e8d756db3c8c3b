package doublezero.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `multicast group` commands and the multicast `user` commands end to end: groups created by the
/// CLI user and activated by the admin, allowlists on the user's access pass, a Multicast user
/// created and subscribed.
class MulticastCommandsTest {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  static final String SIG = "Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static MemberFixture fx;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    fx = new MemberFixture(n);
    fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
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

  static AccessPass pass(String ip) {
    return n.client
        .get(
            ServiceabilityPdas.accessPass(PROGRAM, Ipv4Address.parse(ip), n.user()).address(),
            AccessPass.class)
        .orElseThrow()
        .state();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own accounts: compares the whole multicast group list table")
  @Test
  void groupLifecycleWithAllowlistsAndAMulticastUser() {
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "create",
                    "--code",
                    "mg1",
                    "--max-bandwidth",
                    "10Gbps",
                    "--owner",
                    "me")
                .out())
        .matches(SIG);
    PublicKey mg = fx.group("mg1");
    MulticastGroup g = n.client.get(mg, MulticastGroup.class).orElseThrow().state();
    assertThat(g.status()).isEqualTo(MulticastGroupStatus.PENDING);
    assertThat(g.maxBandwidth()).isEqualTo(10_000_000_000L);
    assertThat(g.owner()).isEqualTo(n.user());
    fx.activateGroup(mg, "233.84.178.1");
    ok("multicast", "group", "update", "--pubkey", "mg1", "--max-bandwidth", "1.5Kbps");
    assertThat(n.client.get(mg, MulticastGroup.class).orElseThrow().state().maxBandwidth())
        .isEqualTo(1500);

    ok("access-pass", "set", "--client-ip", "8.8.5.1", "--user-payer", "me");
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "allowlist",
                    "publisher",
                    "add",
                    "--code",
                    "mg1",
                    "--client-ip",
                    "8.8.5.1",
                    "--user-payer",
                    "me")
                .out())
        .matches(SIG);
    ok(
        "multicast",
        "group",
        "allowlist",
        "subscriber",
        "add",
        "--code",
        "mg1",
        "--client-ip",
        "8.8.5.1",
        "--user-payer",
        n.user().toBase58());
    assertThat(pass("8.8.5.1").mgroupPubAllowlist()).containsExactly(mg);
    assertThat(pass("8.8.5.1").mgroupSubAllowlist()).containsExactly(mg);
    assertThat(ok("multicast", "group", "allowlist", "publisher", "list", "--code", "mg1").out())
        .isEqualTo(
            " "
                + pad("account", mg.toBase58().length())
                + " | multicast_group | client_ip | "
                + pad("user_payer", n.user().toBase58().length())
                + " \n"
                + " "
                + mg
                + " | mg1             | 8.8.5.1   | "
                + n.user()
                + " \n");
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "allowlist",
                    "subscriber",
                    "list",
                    "--code",
                    "mg1",
                    "--json-compact")
                .out())
        .isEqualTo(
            "[{\"account\":\""
                + mg
                + "\",\"multicast_group\":\"mg1\",\"client_ip\":\"8.8.5.1\",\"user_payer\":\""
                + n.user()
                + "\"}]\n");

    assertThat(
            ok(
                    "user",
                    "create-subscribe",
                    "--device",
                    "dz1",
                    "--client-ip",
                    "8.8.5.1",
                    "--publisher",
                    "mg1")
                .out())
        .matches(SIG);
    PublicKey user =
        ServiceabilityPdas.userV2(PROGRAM, Ipv4Address.parse("8.8.5.1"), UserType.MULTICAST)
            .address();
    assertThat(n.client.get(user, User.class).orElseThrow().state().publishers())
        .containsExactly(mg);
    fx.activateUser(user, 502, "169.254.0.4/31", "100.0.0.2");
    CliRun.Result sub =
        ok(
            "user",
            "subscribe",
            "--user",
            user.toBase58(),
            "--group",
            "mg1",
            "--publisher",
            "--subscriber");
    assertThat(sub.out()).matches("Subscribed to " + mg + ": [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    assertThat(n.client.get(user, User.class).orElseThrow().state().subscribers())
        .containsExactly(mg);

    String get = ok("multicast", "group", "get", "--code", "mg1").out();
    assertThat(get)
        .startsWith(
            " account          | "
                + mg
                + "\n code             | mg1\n tenant           | \n"
                + " multicast_ip     | 233.84.178.1\n max_bandwidth    | 1.50Kbps\n");
    assertThat(get)
        .contains("\r\nallowlist:\r\n account ")
        .contains("| P+S  | 8.8.5.1   |")
        .contains("\n\r\nusers:\r\n account ")
        .contains("| PS             | dz1    |");
    assertThat(ok("multicast", "group", "get", "--code", mg.toBase58(), "--json").out())
        .contains("\"tenant_pk\": \"" + PublicKey.DEFAULT + "\"")
        .contains("\"allowlist\": [")
        .contains("\"mode\": \"P+S\"")
        .contains("\"multicast_mode\": \"PS\"");
    assertThat(ok("multicast", "group", "list").out())
        .contains("| mg1  | 233.84.178.1 | 1.50Kbps      |");
  }

  @Test
  void groupCreateWaitPollsUntilTheActivatorActs() throws Exception {
    CompletableFuture<CliRun.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                n.run(
                    "multicast",
                    "group",
                    "create",
                    "--code",
                    "waitmg",
                    "--max-bandwidth",
                    "1Gbps",
                    "--owner",
                    "me",
                    "-w"));
    PublicKey group = null;
    for (int i = 0; i < 200 && group == null; i++) {
      Thread.sleep(25);
      group =
          n.client.getAll(AccountType.MULTICAST_GROUP, MulticastGroup.class).stream()
              .filter(g -> g.state().code().equals("waitmg"))
              .map(g -> g.address())
              .findFirst()
              .orElse(null);
    }
    assertThat(group).isNotNull();
    Thread.sleep(1200);
    assertThat(run).isNotDone();
    fx.activateGroup(group, "233.84.178.77");
    CliRun.Result r = run.get(10, TimeUnit.SECONDS);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches(SIG + "Status: activated\n");
    assertThat(r.err()).isEmpty();
    MulticastGroup g = n.client.get(group, MulticastGroup.class).orElseThrow().state();
    assertThat(g.status()).isEqualTo(MulticastGroupStatus.ACTIVATED);
    assertThat(g.multicastIp()).isEqualTo(Ipv4Address.parse("233.84.178.77"));
  }

  static String pad(String h, int w) {
    return h + " ".repeat(w - h.length());
  }

  @Test
  void deleteRemovesTheGroupFromAccessPassesFirst() {
    ok(
        "multicast",
        "group",
        "create",
        "--code",
        "mg2",
        "--max-bandwidth",
        "100Mbps",
        "--owner",
        "me");
    PublicKey mg = fx.group("mg2");
    fx.activateGroup(mg, "233.84.178.2");
    ok("access-pass", "set", "--client-ip", "8.8.6.1", "--user-payer", "me");
    ok(
        "multicast",
        "group",
        "allowlist",
        "subscriber",
        "add",
        "--code",
        "mg2",
        "--client-ip",
        "8.8.6.1",
        "--user-payer",
        "me");
    CliRun.Result del = ok("multicast", "group", "delete", "--pubkey", "mg2");
    assertThat(del.out())
        .matches(
            "\n"
                + "✓ Multicast group 'mg2' deleted successfully\n"
                + "  Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n"
                + "  Removed from 1 AccessPass allowlist\\(s\\)\n");
    assertThat(pass("8.8.6.1").mgroupSubAllowlist()).isEmpty();
    assertThat(n.client.get(mg, MulticastGroup.class).map(d -> d.state().status()))
        .satisfiesAnyOf(
            o -> assertThat(o).isEmpty(),
            o -> assertThat(o).contains(MulticastGroupStatus.DELETING));
  }

  @Test
  void badInputIsRefusedAndNothingIsSent() {
    rejected(
        2,
        "name must be alphanumeric",
        "multicast",
        "group",
        "create",
        "--code",
        "m g",
        "--max-bandwidth",
        "1Gbps",
        "--owner",
        "me");
    rejected(
        2,
        "invalid bandwidth format",
        "multicast",
        "group",
        "create",
        "--code",
        "mg9",
        "--max-bandwidth",
        "10",
        "--owner",
        "me");
    rejected(
        2,
        "invalid pubkey format",
        "multicast",
        "group",
        "create",
        "--code",
        "mg9",
        "--max-bandwidth",
        "1Gbps",
        "--owner",
        "you");
    rejected(
        1,
        "Error: MulticastGroup with code nope not found\n",
        "multicast",
        "group",
        "update",
        "--pubkey",
        "nope",
        "--max-bandwidth",
        "1Gbps");
    rejected(
        1,
        "Error: MulticastGroup with code nope not found\n",
        "multicast",
        "group",
        "get",
        "--code",
        "nope");
    rejected(
        1,
        "Error: Invalid Base58 string\n",
        "multicast",
        "group",
        "allowlist",
        "publisher",
        "remove",
        "--code",
        "nope",
        "--client-ip",
        "8.8.7.1",
        "--user-payer",
        "0OIl");
    rejected(
        2,
        "invalid IPv4 address",
        "multicast",
        "group",
        "allowlist",
        "subscriber",
        "add",
        "--code",
        "mg1",
        "--client-ip",
        "8.8.7",
        "--user-payer",
        "me");
    rejected(
        1,
        "Error: MulticastGroup with code nope not found\n",
        "multicast",
        "group",
        "delete",
        "--pubkey",
        "nope");
  }

  @Test
  void allowlistRemoveTakesTheGroupOffThePass() {
    ok(
        "multicast",
        "group",
        "create",
        "--code",
        "mg3",
        "--max-bandwidth",
        "100Mbps",
        "--owner",
        "me");
    PublicKey mg = fx.group("mg3");
    fx.activateGroup(mg, "233.84.178.3");
    ok("access-pass", "set", "--client-ip", "8.8.8.1", "--user-payer", "me");
    for (String side : List.of("publisher", "subscriber")) {
      ok(
          "multicast",
          "group",
          "allowlist",
          side,
          "add",
          "--code",
          "mg3",
          "--client-ip",
          "8.8.8.1",
          "--user-payer",
          "me");
    }
    assertThat(pass("8.8.8.1").mgroupPubAllowlist()).containsExactly(mg);
    assertThat(pass("8.8.8.1").mgroupSubAllowlist()).containsExactly(mg);
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "allowlist",
                    "publisher",
                    "remove",
                    "--code",
                    "mg3",
                    "--client-ip",
                    "8.8.8.1",
                    "--user-payer",
                    "me")
                .out())
        .matches(SIG);
    assertThat(pass("8.8.8.1").mgroupPubAllowlist()).isEmpty();
    assertThat(pass("8.8.8.1").mgroupSubAllowlist()).containsExactly(mg);
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "allowlist",
                    "subscriber",
                    "remove",
                    "--code",
                    mg.toBase58(),
                    "--client-ip",
                    "8.8.8.1",
                    "--user-payer",
                    n.user().toBase58())
                .out())
        .matches(SIG);
    assertThat(pass("8.8.8.1").mgroupSubAllowlist()).isEmpty();
    assertThat(
            ok(
                    "multicast",
                    "group",
                    "allowlist",
                    "subscriber",
                    "list",
                    "--code",
                    "mg3",
                    "--json-compact")
                .out())
        .isEqualTo("[]\n");
  }
}
