package doublezero.cli.globalconfig;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Permission;
import doublezero.sdk.serviceability.state.PermissionFlag;
import doublezero.sdk.serviceability.state.PermissionStatus;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `global-config`, `permission`, `tenant` and `migrate` end to end on the bootstrapped localnet:
/// printed output, on-chain state, and rejected input that sends nothing.
class GlobalConfigPermissionTenantCommandsTest {
  static final String SIG = "Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n";
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  @TempDir static Path dir;
  static LocalCliNetwork n;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
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

  static GlobalState gs() {
    return n.client.globalState().orElseThrow();
  }

  @Test
  void globalConfigGetAndSet() {
    GlobalConfig c = n.client.globalConfig().orElseThrow();
    assertThat(ok("global-config", "get").out())
        .isEqualTo(
            " local_asn                 | "
                + c.localAsn()
                + "\n remote_asn                | "
                + c.remoteAsn()
                + "\n"
                + " device_tunnel_block       | 172.16.0.0/16\n"
                + " user_tunnel_block         | 169.254.0.0/16\n"
                + " multicast_group_block     | 233.84.178.0/24\n"
                + " multicast_publisher_block | "
                + c.multicastPublisherBlock()
                + "\n next_bgp_community        | "
                + c.nextBgpCommunity()
                + "\n");
    rejected(
        1,
        "Error: BGP community 5 is out of valid range 10000-10999\n",
        "global-config",
        "set",
        "--next-bgp-community",
        "5");
    rejected(
        2,
        "invalid network: 10.0.0/8",
        "global-config",
        "set",
        "--device-tunnel-block",
        "10.0.0/8");
    assertThat(ok("global-config", "set", "--local-asn", "65001").out()).matches(SIG);
    GlobalConfig after = n.client.globalConfig().orElseThrow();
    assertThat(after.localAsn()).isEqualTo(65001);
    assertThat(after.remoteAsn()).isEqualTo(c.remoteAsn());
    assertThat(after.deviceTunnelBlock()).isEqualTo(c.deviceTunnelBlock());
    assertThat(after.multicastPublisherBlock().toString()).isEqualTo("148.51.120.0/21");
    assertThat(ok("global-config", "get", "--json").out()).contains("\"local_asn\": 65001");
  }

  @Test
  void authorityAirdropAndAllowlists() {
    GlobalState g = gs();
    assertThat(ok("global-config", "authority", "get").out())
        .isEqualTo(
            " activator_authority | "
                + g.activatorAuthorityPk()
                + "\n access_authority    | "
                + g.sentinelAuthorityPk()
                + "\n");
    rejected(
        1,
        "Error: Invalid Base58 string\n",
        "global-config",
        "authority",
        "set",
        "--health-oracle",
        "0OIl");
    assertThat(ok("global-config", "authority", "set", "--health-oracle", "me").out()).matches(SIG);
    assertThat(gs().healthOraclePk()).isEqualTo(n.user());
    assertThat(gs().activatorAuthorityPk()).isEqualTo(g.activatorAuthorityPk());

    rejected(
        2,
        "invalid digit found in string",
        "global-config",
        "airdrop",
        "set",
        "--user-airdrop-lamports",
        "-1");
    assertThat(ok("global-config", "airdrop", "set", "--user-airdrop-lamports", "1234").out())
        .matches(SIG);
    assertThat(ok("global-config", "airdrop", "get").out())
        .isEqualTo(
            " contributor_airdrop_lamports | "
                + g.contributorAirdropLamports()
                + "\n user_airdrop_lamports        | 1234\n");

    PublicKey k = Keypair.generate().publicKey();
    rejected(
        1,
        "Error: String is the wrong size\n",
        "global-config",
        "allowlist",
        "add",
        "--pubkey",
        "nope");
    assertThat(ok("global-config", "allowlist", "add", "--pubkey", k.toBase58()).out())
        .matches(SIG);
    assertThat(gs().foundationAllowlist()).contains(k);
    assertThat(ok("global-config", "allowlist", "list").out())
        .startsWith("Pubkeys:\n")
        .contains("\t" + k + "\n");
    assertThat(ok("global-config", "allowlist", "list", "--json-compact").out())
        .contains("\"" + k + "\"");
    assertThat(ok("global-config", "allowlist", "remove", "--pubkey", k.toBase58()).out())
        .matches(SIG);
    assertThat(gs().foundationAllowlist()).doesNotContain(k);

    assertThat(ok("global-config", "qa-allowlist", "add", "--pubkey", "me").out()).matches(SIG);
    assertThat(gs().qaAllowlist()).contains(n.user());
    assertThat(ok("global-config", "qa-allowlist", "list", "--json").out())
        .startsWith("[\n  \"")
        .contains("\n  \"" + n.user() + "\"")
        .endsWith("\"\n]\n");
    assertThat(ok("global-config", "qa-allowlist", "remove", "--pubkey", "me").out()).matches(SIG);
    assertThat(gs().qaAllowlist()).doesNotContain(n.user());
    assertThat(ok("global-config", "qa-allowlist", "list").out())
        .startsWith("Pubkeys:\n")
        .doesNotContain(n.user().toBase58());
  }

  @Test
  void hiddenFeatureFlagsAndSetVersion() {
    String help = ok("help", "global-config").out();
    assertThat(help)
        .contains("qa-allowlist")
        .doesNotContain("set-version")
        .doesNotContain("feature-flags");
    assertThat(ok("global-config", "feature-flags", "get").out())
        .isEqualTo("No feature flags enabled (raw: 0)\n");
    rejected(
        1,
        "Error: unknown feature flag: bogus\n",
        "global-config",
        "feature-flags",
        "set",
        "--enable",
        "bogus");
    rejected(
        1,
        "Error: at least one of --enable or --disable must be provided\n",
        "global-config",
        "feature-flags",
        "set");
    assertThat(
            ok(
                    "global-config",
                    "feature-flags",
                    "set",
                    "--enable",
                    "require-permission-accounts,onchain-allocation")
                .out())
        .matches(SIG);
    assertThat(ok("global-config", "feature-flags", "get").out())
        .isEqualTo(
            "Enabled feature flags: onchain-allocation, require-permission-accounts (raw: 3)\n");
    assertThat(
            ok(
                    "global-config",
                    "feature-flags",
                    "set",
                    "--disable",
                    "require-permission-accounts,onchain-allocation")
                .out())
        .matches(SIG);
    assertThat(gs().featureFlags().bits().low()).isZero();

    rejected(
        2,
        "Invalid version format",
        "global-config",
        "set-version",
        "--min-compatible-version",
        "1.2");
    rejected(
        2,
        "Invalid minor version",
        "global-config",
        "set-version",
        "--min-compatible-version",
        "1.x.2");
    assertThat(ok("global-config", "set-version", "--min-compatible-version", "0.0.1").out())
        .matches(SIG);
    ProgramConfig pc =
        n.client
            .get(ServiceabilityPdas.programConfig(PROGRAM).address(), ProgramConfig.class)
            .orElseThrow()
            .state();
    assertThat(pc.minCompatibleVersion().toString()).contains("0").isNotNull();
    assertThat(pc.minCompatibleVersion().patch()).isEqualTo(1);
  }

  @Test
  void permissionLifecycle() {
    PublicKey k = Keypair.generate().publicKey();
    PublicKey pda = ServiceabilityPdas.permission(PROGRAM, k).address();
    rejected(
        1,
        "Error: at least one --add or --remove flag is required\n",
        "permission",
        "set",
        "--user-payer",
        k.toBase58());
    rejected(
        2,
        "invalid value 'bogus'",
        "permission",
        "set",
        "--user-payer",
        k.toBase58(),
        "--add",
        "bogus");
    rejected(
        1,
        "Error: cannot --remove permissions from an account that does not exist yet\n",
        "permission",
        "set",
        "--user-payer",
        k.toBase58(),
        "--remove",
        "qa");
    rejected(
        1,
        "Error: invalid user_payer pubkey: Invalid Base58 string\n",
        "permission",
        "suspend",
        "--user-payer",
        "0OIl");
    rejected(
        1,
        "Error: AccountNotFound: pubkey=" + pda + "\n",
        "permission",
        "get",
        "--user-payer",
        k.toBase58());

    assertThat(
            ok(
                    "permission",
                    "set",
                    "--user-payer",
                    k.toBase58(),
                    "--add",
                    "qa",
                    "--add",
                    "network-admin")
                .out())
        .matches("Signature:   [1-9A-HJ-NP-Za-km-z]{64,88}\nPermissions: network-admin, qa\n");
    Permission p = n.client.get(pda, Permission.class).orElseThrow().state();
    assertThat(p.has(PermissionFlag.QA)).isTrue();
    assertThat(p.has(PermissionFlag.NETWORK_ADMIN)).isTrue();
    assertThat(
            ok(
                    "permission",
                    "set",
                    "--user-payer",
                    k.toBase58(),
                    "--remove",
                    "qa",
                    "--add",
                    "user-admin")
                .out())
        .endsWith("\nPermissions: network-admin, user-admin\n");
    assertThat(ok("permission", "get", "--user-payer", k.toBase58()).out())
        .isEqualTo(
            " account     | "
                + pda
                + "\n user_payer  | "
                + k
                + "\n"
                + " permissions | network-admin, user-admin\n"
                + " status      | activated\n"
                + " owner       | "
                + n.user()
                + "\n");
    assertThat(ok("permission", "list", "--json-compact").out())
        .contains(
            "\"user_payer\":\""
                + k
                + "\",\"permissions\":[\"network-admin\",\"user-admin\"],\"status\":\"activated\"");
    assertThat(ok("permission", "suspend", "--user-payer", k.toBase58()).out()).matches(SIG);
    assertThat(n.client.get(pda, Permission.class).orElseThrow().state().status())
        .isEqualTo(PermissionStatus.SUSPENDED);
    assertThat(ok("permission", "resume", "--user-payer", k.toBase58()).out()).matches(SIG);
    assertThat(n.client.get(pda, Permission.class).orElseThrow().state().status())
        .isEqualTo(PermissionStatus.ACTIVATED);
    assertThat(ok("permission", "delete", "--user-payer", k.toBase58()).out()).matches(SIG);
    assertThat(n.client.get(pda, Permission.class)).isEmpty();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own accounts: compares the whole tenant list table")
  @Test
  void tenantLifecycle() {
    PublicKey pda = ServiceabilityPdas.tenant(PROGRAM, "acme").address();
    assertThat(ok("tenant", "create", "--code", "acme", "--metro-routing").out()).matches(SIG);
    Tenant t = n.client.get(pda, Tenant.class).orElseThrow().state();
    assertThat(t.metroRouting()).isTrue();
    assertThat(t.routeLiveness()).isFalse();
    assertThat(t.administrators()).containsExactly(n.user());
    rejected(
        1, "Error: Tenant with code 'acme' already exists\n", "tenant", "create", "--code", "acme");
    rejected(
        2,
        "'maybe' is not a boolean",
        "tenant",
        "update",
        "--pubkey",
        "acme",
        "--route-liveness",
        "maybe");
    rejected(
        1,
        "Error: Tenant with code nope not found\n",
        "tenant",
        "update",
        "--pubkey",
        "nope",
        "--vrf-id",
        "2");

    assertThat(
            ok(
                    "tenant",
                    "update",
                    "--pubkey",
                    "ACME",
                    "--route-liveness",
                    "true",
                    "--billing-rate",
                    "42")
                .out())
        .matches(SIG);
    t = n.client.get(pda, Tenant.class).orElseThrow().state();
    assertThat(t.routeLiveness()).isTrue();
    assertThat(t.billing().toString())
        .isEqualTo("FlatPerEpochConfig<rate=42,last_deduction_dz_epoch=0>");
    assertThat(ok("tenant", "list").out())
        .contains("| acme | " + t.vrfId() + " ")
        .contains("| true          | true ");

    PublicKey admin = Keypair.generate().publicKey();
    rejected(
        1,
        "Error: Invalid administrator pubkey\n",
        "tenant",
        "administrator",
        "add",
        "--pubkey",
        "acme",
        "--administrator",
        "bad");
    assertThat(
            ok(
                    "tenant",
                    "administrator",
                    "add",
                    "--pubkey",
                    "acme",
                    "--administrator",
                    admin.toBase58())
                .out())
        .matches(SIG);
    assertThat(ok("tenant", "get", "--code", "acme").out())
        .contains(" administrators  | " + n.user() + ", " + admin + "\n")
        .contains(" billing         | FlatPerEpochConfig<rate=42,last_deduction_dz_epoch=0>\n");
    assertThat(
            ok(
                    "tenant",
                    "administrator",
                    "remove",
                    "--pubkey",
                    "acme",
                    "--administrator",
                    admin.toBase58())
                .out())
        .matches(SIG);
    assertThat(n.client.get(pda, Tenant.class).orElseThrow().state().administrators())
        .containsExactly(n.user());

    assertThat(ok("tenant", "delete", "--pubkey", "acme", "--allow-delete-users").out())
        .matches(
            "\n✓ Tenant 'acme' deleted successfully\n  Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n");
    assertThat(n.client.get(pda, Tenant.class)).isEmpty();
  }

  @Test
  void migrateWithNothingToMove() {
    long before = n.rpc.getBalance(n.user());
    assertThat(ok("migrate").out()).isEqualTo("\"Migration completed successfully\"");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
    assertThat(ok("help").out())
        .doesNotContain("migrate")
        .contains("global-config")
        .contains("tenant");
  }
}
