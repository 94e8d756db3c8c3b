package doublezero.cli.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// With the activator running in-process (as `doublezero-localnet up` runs it): `tenant delete
/// --allow-delete-users` deletes the tenant's users, clears the tenant from their access passes,
/// waits for the activator to close the users and then deletes the tenant (without the flag it is
/// refused); and `migrate` moves a user created at its old index-derived address to its
/// `(client_ip, user_type)` address.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co1, which an earlier test on the ledger already"
        + " created; the CLI refuses a duplicate code")
class TenantCascadeAndMigrateTest {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  static final String SIG = "[1-9A-HJ-NP-Za-km-z]{64,88}";
  @TempDir static Path dir;
  static LocalCliNetwork n;

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
    ok("device", "update", "--pubkey", "dz1", "--max-users", "64");
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  @Test
  void deleteCascadesThroughTheTenantsUsers() {
    ok("tenant", "create", "--code", "acme");
    PublicKey tenant = ServiceabilityPdas.tenant(PROGRAM, "acme").address();
    ok("access-pass", "set", "--client-ip", "9.1.1.1", "--user-payer", "me", "--tenant", "acme");
    PublicKey pass =
        ServiceabilityPdas.accessPass(PROGRAM, Ipv4Address.parse("9.1.1.1"), n.user()).address();
    ok("user", "create", "--device", "dz1", "--client-ip", "9.1.1.1", "--tenant", "acme", "-w");
    PublicKey user =
        ServiceabilityPdas.userV2(PROGRAM, Ipv4Address.parse("9.1.1.1"), UserType.IBRL).address();
    assertThat(n.client.get(user, User.class).orElseThrow().state().tenantPk()).isEqualTo(tenant);
    assertThat(n.client.get(tenant, Tenant.class).orElseThrow().state().referenceCount())
        .as("the pass and the user")
        .isEqualTo(2);

    long before = n.rpc.getBalance(n.user());
    CliRun.Result refused = n.run("tenant", "delete", "--pubkey", "acme");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .isEqualTo(
            "Error: Cannot delete tenant with reference_count > 0 (current: 2). Use "
                + "--allow-delete-users to cascade delete.\n");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);

    assertThat(ok("tenant", "delete", "--pubkey", "acme", "--allow-delete-users").out())
        .matches("(?s).*\n✓ Tenant 'acme' deleted successfully\n  Signature: " + SIG + "\n");
    assertThat(n.client.get(tenant, Tenant.class)).isEmpty();
    assertThat(n.client.get(user, User.class)).as("the activator closed the user").isEmpty();
    assertThat(n.client.get(pass, AccessPass.class).orElseThrow().state().tenantAllowlist())
        .isEmpty();
  }

  @Test
  void migrateMovesAUserFromItsIndexAddress() {
    PublicKey admin = n.admin().publicKey();
    Ipv4Address ip = Ipv4Address.parse("9.2.2.2");
    ok("access-pass", "set", "--client-ip", ip.toString(), "--user-payer", admin.toBase58());
    PublicKey gs = ServiceabilityPdas.globalState(PROGRAM).address();
    PublicKey v1 =
        ServiceabilityPdas.userV1(
                PROGRAM,
                n.client
                    .get(gs, GlobalState.class)
                    .orElseThrow()
                    .state()
                    .accountIndex()
                    .increment())
            .address();
    PublicKey device =
        n.client.getAll(AccountType.DEVICE, Device.class).stream()
            .filter(d -> d.state().code().equals("dz1"))
            .findFirst()
            .orElseThrow()
            .address();
    n.asAdmin(
        new CreateUser(UserType.IBRL, UserCyoa.GRE_OVER_DIA, ip, Ipv4Address.UNSPECIFIED, 0)
            .toInstruction(
                PROGRAM,
                new CreateUser.Accounts(
                    v1,
                    device,
                    ServiceabilityPdas.accessPass(PROGRAM, ip, admin).address(),
                    gs,
                    Optional.empty(),
                    Optional.empty(),
                    admin)));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                n.client
                    .get(v1, User.class)
                    .map(u -> u.state().status() == UserStatus.ACTIVATED)
                    .orElse(false));
    User old = n.client.get(v1, User.class).orElseThrow().state();

    PublicKey v2 = ServiceabilityPdas.userV2(PROGRAM, ip, UserType.IBRL).address();
    assertThat(ok("migrate").out())
        .matches(
            "Migrated user from "
                + v1
                + " to "
                + v2
                + ": "
                + SIG
                + "\n\"Migration completed successfully\"");
    assertThat(n.client.get(v1, User.class)).isEmpty();
    User moved = n.client.get(v2, User.class).orElseThrow().state();
    assertThat(moved.clientIp()).isEqualTo(ip);
    assertThat(moved.tunnelNet()).isEqualTo(old.tunnelNet());
    assertThat(moved.tunnelId()).isEqualTo(old.tunnelId());
    assertThat(ok("migrate").out())
        .as("nothing left to move")
        .isEqualTo("\"Migration completed successfully\"");
  }
}
