package doublezero.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `access-pass` and `user` commands end to end on the localnet `up` network: passes set by the CLI
/// user (on the foundation allowlist), users created through the CLI on an Activated device,
/// activated by the admin.
class UserCommandsTest {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  static final String SIG = "Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n";
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static MemberFixture fx;
  static PublicKey device;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    fx = new MemberFixture(n);
    device = fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static PublicKey pass(String ip) {
    return ServiceabilityPdas.accessPass(PROGRAM, Ipv4Address.parse(ip), n.user()).address();
  }

  static PublicKey userPda(String ip, UserType t) {
    return ServiceabilityPdas.userV2(PROGRAM, Ipv4Address.parse(ip), t).address();
  }

  static void rejected(int code, String err, String... args) {
    n.rejected(code, err, args);
  }

  @Test
  void accessPassSetListGetClose() {
    CliRun.Result set =
        ok("access-pass", "set", "--client-ip", "10.1.0.1", "--user-payer", "me", "--epochs", "5");
    assertThat(set.out()).matches("AccessPass PDA: " + pass("10.1.0.1") + "\n" + SIG);
    AccessPass p = n.client.get(pass("10.1.0.1"), AccessPass.class).orElseThrow().state();
    long epoch = n.rpc.getEpochInfo().epoch();
    assertThat(p.accesspassType()).isEqualTo(new AccessPassType.Prepaid());
    assertThat(p.lastAccessEpoch()).isBetween(epoch + 4, epoch + 5);
    assertThat(p.userPayer()).isEqualTo(n.user());

    String list = ok("access-pass", "list", "--client-ip", "10.1.0.1").out();
    assertThat(list.lines().toList()).hasSize(2);
    assertThat(list.lines().findFirst().orElseThrow())
        .startsWith(" account ")
        .contains("| accesspass_type ")
        .endsWith(
            "| status    | owner"
                + " ".repeat(p.owner().toBase58().length() - "owner".length())
                + " ");
    assertThat(list)
        .contains("| prepaid         | 10.1.0.1  | " + n.user())
        .contains("| requested |");
    assertThat(ok("access-pass", "list", "--json-compact", "--client-ip", "10.1.0.1").out())
        .contains("\"client_ip\":\"10.1.0.1\"")
        .contains("\"status\":\"Requested\"")
        .contains("\"connections\":0");
    String get =
        ok("access-pass", "get", "--client-ip", "10.1.0.1", "--user-payer", n.user().toBase58())
            .out();
    assertThat(get)
        .startsWith(" account           | " + pass("10.1.0.1") + "\n type              | prepaid\n")
        .contains(" status            | requested\n");
    assertThat(
            ok(
                    "access-pass",
                    "get",
                    "--json",
                    "--client-ip",
                    "10.1.0.1",
                    "--user-payer",
                    n.user().toBase58())
                .out())
        .contains("\"type\": \"prepaid\"");

    ok("access-pass", "close", "--pubkey", pass("10.1.0.1").toBase58());
    assertThat(n.client.get(pass("10.1.0.1"))).isEmpty();
  }

  @Test
  void accessPassRejectsBadInput() {
    rejected(
        1,
        "Error: Invalid Base58 string\n",
        "access-pass",
        "set",
        "--client-ip",
        "10.1.0.2",
        "--user-payer",
        "not-a-key!");
    rejected(
        2,
        "invalid value 'gold'",
        "access-pass",
        "set",
        "--accesspass-type",
        "gold",
        "--user-payer",
        "me");
    rejected(
        1,
        "Error: Solana validator access pass type requires --solana-validator <PUBKEY>\n",
        "access-pass",
        "set",
        "--accesspass-type",
        "solana-validator",
        "--user-payer",
        "me");
    rejected(
        2,
        "invalid IPv4 address: 10.1.0",
        "access-pass",
        "get",
        "--client-ip",
        "10.1.0",
        "--user-payer",
        "me");
    rejected(
        1,
        "Error: Access Pass not found\n",
        "access-pass",
        "get",
        "--client-ip",
        "10.9.9.9",
        "--user-payer",
        n.user().toBase58());
  }

  @NeedsLedgerInternals(
      "fixed addresses: expects the user at a fixed client IP and device to be its own, which an"
          + " earlier test on the ledger created first")
  @Test
  void userCreateGetUpdateDelete() {
    ok("access-pass", "set", "--client-ip", "8.8.2.1", "--user-payer", "me");
    CliRun.Result created = ok("user", "create", "--device", "dz1", "--client-ip", "8.8.2.1");
    assertThat(created.out()).matches(SIG);
    PublicKey user = userPda("8.8.2.1", UserType.IBRL);
    User u = n.client.get(user, User.class).orElseThrow().state();
    assertThat(u.status()).isEqualTo(UserStatus.PENDING);
    assertThat(u.devicePk()).isEqualTo(device);
    assertThat(u.owner()).isEqualTo(n.user());

    fx.activateUser(user, 500, "169.254.0.0/31", "45.0.0.1");
    String get = ok("user", "get", "--pubkey", user.toBase58()).out();
    assertThat(get)
        .isEqualTo(
            " account          | "
                + user
                + "\n user_type        | IBRL\n tenant           | \n"
                + " device_pk        | "
                + device
                + "\n"
                + " device           | dz1\n"
                + " cyoa_type        | GREOverDIA\n"
                + " client_ip        | 8.8.2.1\n"
                + " tunnel_id        | 500\n"
                + " tunnel_net       | 169.254.0.0/31\n"
                + " dz_ip            | 45.0.0.1\n"
                + " tunnel_endpoint  | 0.0.0.0\n"
                + " validator_pubkey | "
                + PublicKey.DEFAULT
                + "\n"
                + " accesspass       | Prepaid: (MAX)\n"
                + " publishers       | \n"
                + " subscribers      | \n"
                + " status           | activated\n"
                + " owner            | "
                + n.user()
                + "\n");
    assertThat(ok("user", "get", "--json", "--pubkey", user.toBase58()).out())
        .contains("\"tunnel_id\": 500,")
        .contains("\"status\": \"activated\"");
    assertThat(ok("user", "list").out()).contains("| dz1    |").contains("| 8.8.2.1   |");

    PublicKey validator = n.admin().publicKey();
    ok("user", "update", "--pubkey", user.toBase58(), "--validator-pubkey", validator.toBase58());
    assertThat(n.client.get(user, User.class).orElseThrow().state().validatorPubkey())
        .isEqualTo(validator);

    assertThat(ok("user", "delete", "--pubkey", user.toBase58()).out()).matches(SIG);
    assertThat(n.client.get(user, User.class).orElseThrow().state().status())
        .isEqualTo(UserStatus.DELETING);
  }

  @Test
  void userRequestBanAndAllocatedAddress() {
    ok("access-pass", "set", "--client-ip", "8.8.3.1", "--user-payer", "me");
    ok("user", "create", "--device", device.toBase58(), "--client-ip", "8.8.3.1", "-a");
    PublicKey user = userPda("8.8.3.1", UserType.IBRL_WITH_ALLOCATED_IP);
    assertThat(n.client.get(user, User.class).orElseThrow().state().userType())
        .isEqualTo(UserType.IBRL_WITH_ALLOCATED_IP);
    fx.activateUser(user, 501, "169.254.0.2/31", "100.0.0.1");
    ok("user", "request-ban", "--pubkey", user.toBase58());
    assertThat(n.client.get(user, User.class).orElseThrow().state().status())
        .isEqualTo(UserStatus.PENDING_BAN);
  }

  @Test
  void userCreateWaitPollsUntilTheActivatorActs() throws Exception {
    ok("access-pass", "set", "--client-ip", "8.8.4.1", "--user-payer", "me");
    PublicKey user = userPda("8.8.4.1", UserType.IBRL);
    CompletableFuture<CliRun.Result> run =
        CompletableFuture.supplyAsync(
            () -> n.run("user", "create", "--device", "dz1", "--client-ip", "8.8.4.1", "--wait"));
    for (int i = 0; i < 200 && n.client.get(user).isEmpty(); i++) {
      Thread.sleep(25);
    }
    assertThat(n.client.get(user, User.class).orElseThrow().state().status())
        .isEqualTo(UserStatus.PENDING);
    Thread.sleep(1200);
    assertThat(run).isNotDone();
    fx.activateUser(user, 502, "169.254.0.4/31", "45.0.0.1");
    CliRun.Result r = run.get(10, TimeUnit.SECONDS);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches(SIG + "Status: activated\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void userCommandsRejectBadInput() {
    ok("access-pass", "set", "--client-ip", "10.4.0.1", "--user-payer", "me");
    rejected(
        1,
        "Error: Device not found\n",
        "user",
        "create",
        "--device",
        "nodev",
        "--client-ip",
        "10.4.0.1");
    rejected(
        1,
        "Error: No valid AccessPass found for IP: 10.4.0.9 user_payer: " + n.user() + "\n",
        "user",
        "create",
        "--device",
        "dz1",
        "--client-ip",
        "10.4.0.9");
    rejected(
        2,
        "invalid pubkey or code format",
        "user",
        "create",
        "--device",
        "bad code!",
        "--client-ip",
        "10.4.0.1");
    rejected(
        2,
        "invalid IPv4 address: 10.4.0.300",
        "user",
        "create",
        "--device",
        "dz1",
        "--client-ip",
        "10.4.0.300");
    rejected(2, "invalid pubkey format", "user", "get", "--pubkey", "nope");
    rejected(
        1,
        "Error: AccountNotFound: pubkey=" + pass("10.9.9.9") + "\n",
        "user",
        "get",
        "--pubkey",
        pass("10.9.9.9").toBase58());
    rejected(
        1,
        "Error: User not found (" + n.user() + ")\n",
        "user",
        "delete",
        "--pubkey",
        n.user().toBase58());
    rejected(
        2,
        "--tunnel-id",
        "user",
        "update",
        "--pubkey",
        n.user().toBase58(),
        "--tunnel-id",
        "70000");
    rejected(
        1,
        "Error: Subscriber is required if publisher is not\n",
        "user",
        "create-subscribe",
        "--device",
        "dz1",
        "--client-ip",
        "10.4.0.1");
  }
}
