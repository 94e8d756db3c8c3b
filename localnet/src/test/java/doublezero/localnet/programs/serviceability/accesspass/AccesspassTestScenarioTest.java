package doublezero.localnet.programs.serviceability.accesspass;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CheckStatusAccessPass;
import doublezero.sdk.serviceability.instruction.CheckUserAccessPass;
import doublezero.sdk.serviceability.instruction.CloseAccessPass;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.TenantSwapAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Access passes through localnet, mirroring `TST/accesspass_test.rs` (the three CreateUser
/// tenant-allowlist scenarios are the user area's: they need CreateUser), CheckUserAccessPass with
/// a seeded user, the §4.7 transitions of this area and the signer / owner / authority matrix.
@NeedsLedgerInternals(
    "seeded accounts: rewrites GlobalState straight into the ledger"
        + " (AreaFixtures.updateGlobalState)")
class AccesspassTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static Keypair res;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    res = h.funded();
    AreaFixtures.updateGlobalState(
        h, g -> AreaFixtures.withReservationAuthority(g, res.publicKey()));
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static PublicKey pda(Ipv4Address ip, PublicKey user) {
    return ServiceabilityPdas.accessPass(h.programId, ip, user).address();
  }

  static Instruction set(
      Keypair payer,
      Ipv4Address ip,
      PublicKey user,
      AccessPassType type,
      long epoch,
      Optional<TenantSwapAccounts> tenants) {
    return new SetAccessPass(type, ip, epoch, false)
        .toInstruction(
            h.programId,
            new SetAccessPass.Accounts(
                pda(ip, user), h.globalState(), user, tenants, payer.publicKey()));
  }

  static Instruction set(Keypair payer, Ipv4Address ip, PublicKey user, long epoch) {
    return set(payer, ip, user, new AccessPassType.Prepaid(), epoch, Optional.empty());
  }

  static Instruction close(Keypair payer, PublicKey pass) {
    return new CloseAccessPass()
        .toInstruction(
            h.programId, new CloseAccessPass.Accounts(pass, h.globalState(), payer.publicKey()));
  }

  static Instruction checkStatus(Keypair payer, PublicKey pass) {
    return new CheckStatusAccessPass()
        .toInstruction(
            h.programId,
            new CheckStatusAccessPass.Accounts(pass, h.globalState(), payer.publicKey()));
  }

  static PublicKey tenant(String code) {
    PublicKey pda = ServiceabilityPdas.tenant(h.programId, code).address();
    h.ok(
        h.foundation,
        new CreateTenant(code, h.foundation.publicKey(), Optional.empty(), false, false)
            .toInstruction(
                h.programId,
                new CreateTenant.Accounts(
                    pda,
                    h.globalState(),
                    ServiceabilityPdas.vrfIds(h.programId).address(),
                    h.foundation.publicKey())));
    return pda;
  }

  @Test
  void testAccesspass() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.1");
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, set(h.foundation, ip, user, 10));
    AccessPass p = h.account(pda(ip, user), AccessPass.class);
    assertThat(p)
        .isEqualTo(
            new AccessPass(
                h.foundation.publicKey(),
                ServiceabilityPdas.accessPass(h.programId, ip, user).bump(),
                new AccessPassType.Prepaid(),
                ip,
                user,
                10,
                0,
                AccessPassStatus.REQUESTED,
                List.of(),
                List.of(),
                0,
                List.of()));
    long airdrop = h.account(h.globalState(), GlobalState.class).userAirdropLamports();
    assertThat(h.lamports(user)).isEqualTo(Rent.minimumBalance(720) + airdrop);
    // update keeps the status and counters; the second airdrop tops up nothing
    h.ok(
        h.foundation,
        set(
            h.foundation,
            ip,
            user,
            AccessPassType.SolanaValidator.class.cast(
                new AccessPassType.SolanaValidator(Keypair.generate().publicKey())),
            20,
            Optional.empty()));
    assertThat(h.account(pda(ip, user), AccessPass.class).lastAccessEpoch()).isEqualTo(20);
    assertThat(h.lamports(user)).isEqualTo(Rent.minimumBalance(720) + airdrop);
    h.ok(h.foundation, close(h.foundation, pda(ip, user)));
    assertThat(h.data(pda(ip, user))).isEmpty();
    h.ok(h.foundation, set(h.foundation, ip, user, 0));
    // epoch 0: expired; CheckStatusAccessPass by ACT/FND writes Expired, an outsider gets 8
    Keypair outsider = h.funded();
    assertError(
        h.fail(outsider, checkStatus(outsider, pda(ip, user))), ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, checkStatus(h.foundation, pda(ip, user)));
    assertThat(h.account(pda(ip, user), AccessPass.class).status())
        .isEqualTo(AccessPassStatus.EXPIRED);
    h.ok(h.foundation, set(h.foundation, ip, user, AccessPass.UNLIMITED_EPOCH));
    h.ok(h.foundation, checkStatus(h.foundation, pda(ip, user)));
    assertThat(h.account(pda(ip, user), AccessPass.class).status())
        .isEqualTo(AccessPassStatus.REQUESTED);
  }

  @Test
  void testAccesspassWithTenant() {
    PublicKey a = tenant("tenant-a");
    PublicKey b = tenant("tenant-b");
    Ipv4Address ip = Ipv4Address.parse("100.0.0.2");
    PublicKey user = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        set(
            h.foundation,
            ip,
            user,
            new AccessPassType.Prepaid(),
            10,
            Optional.of(new TenantSwapAccounts(PublicKey.DEFAULT, a))));
    assertThat(h.account(pda(ip, user), AccessPass.class).tenantAllowlist()).containsExactly(a);
    assertThat(h.account(a, Tenant.class).referenceCount()).isEqualTo(1);
    h.ok(
        h.foundation,
        set(
            h.foundation,
            ip,
            user,
            new AccessPassType.Prepaid(),
            10,
            Optional.of(new TenantSwapAccounts(a, b))));
    assertThat(h.account(pda(ip, user), AccessPass.class).tenantAllowlist()).containsExactly(b);
    assertThat(h.account(a, Tenant.class).referenceCount()).isZero();
    assertThat(h.account(b, Tenant.class).referenceCount()).isEqualTo(1);
    h.ok(
        h.foundation,
        set(
            h.foundation,
            ip,
            user,
            new AccessPassType.Prepaid(),
            10,
            Optional.of(new TenantSwapAccounts(b, PublicKey.DEFAULT))));
    assertThat(h.account(pda(ip, user), AccessPass.class).tenantAllowlist()).isEmpty();
    assertThat(h.account(b, Tenant.class).referenceCount()).isZero();
    // created with the default key as "new tenant": the default key lands in the allowlist (§3.10
    // quirk)
    PublicKey user2 = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        set(
            h.foundation,
            ip,
            user2,
            new AccessPassType.Prepaid(),
            10,
            Optional.of(new TenantSwapAccounts(PublicKey.DEFAULT, PublicKey.DEFAULT))));
    assertThat(h.account(pda(ip, user2), AccessPass.class).tenantAllowlist())
        .containsExactly(PublicKey.DEFAULT);
    // a payer that is not an administrator of the tenant gets Unauthorized (22)
    Keypair sen = h.funded();
    AreaFixtures.updateGlobalState(
        h, g -> AreaFixtures.withAuthorities(g, g.activatorAuthorityPk(), sen.publicKey()));
    assertError(
        h.fail(
            sen,
            set(
                sen,
                ip,
                Keypair.generate().publicKey(),
                new AccessPassType.Prepaid(),
                10,
                Optional.of(new TenantSwapAccounts(PublicKey.DEFAULT, a)))),
        ServiceabilityError.UNAUTHORIZED);
  }

  @Test
  void testCloseAccesspassRejectsNonzeroConnectionCount() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.3");
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, set(h.foundation, ip, user, 10));
    AccessPass p = h.account(pda(ip, user), AccessPass.class);
    h.seed(
        pda(ip, user),
        new AccessPass(
            p.owner(),
            p.bumpSeed(),
            p.accesspassType(),
            p.clientIp(),
            p.userPayer(),
            p.lastAccessEpoch(),
            1,
            AccessPassStatus.CONNECTED,
            List.of(),
            List.of(),
            p.flags(),
            List.of()));
    assertError(
        h.fail(h.foundation, close(h.foundation, pda(ip, user))),
        ServiceabilityError.ACCESS_PASS_IN_USE);
    // update_status with connections and a valid epoch: Connected
    h.ok(h.foundation, checkStatus(h.foundation, pda(ip, user)));
    assertThat(h.account(pda(ip, user), AccessPass.class).status())
        .isEqualTo(AccessPassStatus.CONNECTED);
    assertError(
        h.fail(h.foundation, close(h.foundation, Keypair.generate().publicKey())),
        ServiceabilityError.ACCESS_PASS_NOT_FOUND);
  }

  @Test
  void testTxLamportsToPdaBeforeCreation() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.4");
    PublicKey user = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        doublezero.sdk.solana.system.SystemProgram.transfer(
            h.foundation.publicKey(), pda(ip, user), 1_000_000));
    h.ok(h.foundation, set(h.foundation, ip, user, 10));
    byte[] raw = h.data(pda(ip, user)).orElseThrow();
    assertThat(h.lamports(pda(ip, user))).isEqualTo(Rent.minimumBalance(raw.length));
    h.ok(h.foundation, set(h.foundation, ip, user, 11));
    assertThat(h.account(pda(ip, user), AccessPass.class).lastAccessEpoch()).isEqualTo(11);
  }

  @Test
  void testSetAccesspassAuthorityAndEpochRules() {
    Keypair outsider = h.funded();
    Ipv4Address ip = Ipv4Address.parse("100.0.0.5");
    assertError(
        h.fail(outsider, set(outsider, ip, Keypair.generate().publicKey(), 10)),
        ServiceabilityError.NOT_ALLOWED);
    assertError(
        h.fail(
            h.foundation,
            set(
                h.foundation,
                ip,
                Keypair.generate().publicKey(),
                new AccessPassType.SolanaValidator(PublicKey.DEFAULT),
                10,
                Optional.empty())),
        ServiceabilityError.INVALID_SOLANA_PUBKEY);
    assertError(
        h.fail(
            h.foundation,
            set(
                h.foundation,
                ip,
                Keypair.generate().publicKey(),
                new AccessPassType.SolanaRpc(PublicKey.DEFAULT),
                10,
                Optional.empty())),
        ServiceabilityError.INVALID_SOLANA_PUBKEY);
    // a dynamic pass (0.0.0.0) carries IS_DYNAMIC
    PublicKey user = Keypair.generate().publicKey();
    h.ok(h.foundation, set(h.foundation, Ipv4Address.UNSPECIFIED, user, 10));
    assertThat(h.account(pda(Ipv4Address.UNSPECIFIED, user), AccessPass.class).isDynamic())
        .isTrue();
  }

  @Test
  void testReservationAuthorityCreatesAndClosesOnlyItsOwn() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.6");
    PublicKey mine = Keypair.generate().publicKey();
    PublicKey fnd = Keypair.generate().publicKey();
    h.ok(res, set(res, ip, mine, 10));
    assertThat(h.account(pda(ip, mine), AccessPass.class).owner()).isEqualTo(res.publicKey());
    h.ok(h.foundation, set(h.foundation, ip, fnd, 10));
    assertError(h.fail(res, close(res, pda(ip, fnd))), ServiceabilityError.NOT_ALLOWED);
    assertError(h.fail(res, set(res, ip, fnd, 12)), ServiceabilityError.NOT_ALLOWED);
    h.ok(res, close(res, pda(ip, mine)));
    assertThat(h.data(pda(ip, mine))).isEmpty();
  }

  // CheckUserAccessPass never reads the device; the User rules only need device_pk set (6)
  private static final PublicKey SOME_DEVICE = Keypair.generate().publicKey();

  @Test
  void checkUserAccessPassMovesTheUserByExpiry() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.7");
    Keypair owner = h.funded();
    h.ok(h.foundation, set(h.foundation, ip, owner.publicKey(), 0));
    PublicKey userPk =
        AreaFixtures.seedUser(h, owner.publicKey(), ip, SOME_DEVICE, UserStatus.ACTIVATED);
    Instruction ix =
        new CheckUserAccessPass()
            .toInstruction(
                h.programId,
                new CheckUserAccessPass.Accounts(
                    userPk, pda(ip, owner.publicKey()), h.globalState(), h.foundation.publicKey()));
    h.ok(h.foundation, ix);
    assertThat(h.account(userPk, User.class).status()).isEqualTo(UserStatus.OUT_OF_CREDITS);
    assertThat(h.account(pda(ip, owner.publicKey()), AccessPass.class).status())
        .isEqualTo(AccessPassStatus.EXPIRED);
    h.ok(h.foundation, set(h.foundation, ip, owner.publicKey(), AccessPass.UNLIMITED_EPOCH));
    h.ok(h.foundation, ix);
    assertThat(h.account(userPk, User.class).status()).isEqualTo(UserStatus.ACTIVATED);
    // matrix: unsigned, foreign user account, a payer that is not the activator (foundation alone
    // is not enough)
    Keypair outsider = h.funded();
    assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation, AreaFixtures.replace(ix, userPk, AreaFixtures.foreignCopy(h, userPk))));
    assertPanic(
        h.fail(
            h.foundation,
            AreaFixtures.replace(
                ix, h.globalState(), AreaFixtures.foreignCopy(h, h.globalState()))));
    Instruction byOutsider =
        new CheckUserAccessPass()
            .toInstruction(
                h.programId,
                new CheckUserAccessPass.Accounts(
                    userPk, pda(ip, owner.publicKey()), h.globalState(), outsider.publicKey()));
    assertError(h.fail(outsider, byOutsider), ServiceabilityError.NOT_ALLOWED);
    // a user in another status → 7
    PublicKey pending =
        AreaFixtures.seedUser(h, owner.publicKey(), ip, SOME_DEVICE, UserStatus.PENDING);
    assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
    assertThat(pending).isEqualTo(userPk);
  }

  /// Set / Close / CheckStatus happy paths with (a) the payer not signing, (b) GlobalState or the
  /// pass owned by another program, (c) a payer outside the allowlists.
  @Test
  void signerOwnerAndAuthorityMatrix() {
    Ipv4Address ip = Ipv4Address.parse("100.0.0.8");
    PublicKey user = Keypair.generate().publicKey();
    Keypair outsider = h.funded();
    h.ok(h.foundation, set(h.foundation, ip, user, 10));
    PublicKey foreignGs = AreaFixtures.foreignCopy(h, h.globalState());
    PublicKey foreignPass = AreaFixtures.foreignCopy(h, pda(ip, user));
    List<java.util.function.Function<Keypair, Instruction>> happy =
        List.of(
            p -> set(p, ip, user, 12),
            p -> checkStatus(p, pda(ip, user)),
            p -> close(p, pda(ip, user)));
    for (var build : happy) {
      Instruction ix = build.apply(h.foundation);
      assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, h.foundation.publicKey())));
      assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, h.globalState(), foreignGs)));
      assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, pda(ip, user), foreignPass)));
      assertError(h.fail(outsider, build.apply(outsider)), ServiceabilityError.NOT_ALLOWED);
      h.ok(h.foundation, build.apply(h.foundation));
    }
  }
}
