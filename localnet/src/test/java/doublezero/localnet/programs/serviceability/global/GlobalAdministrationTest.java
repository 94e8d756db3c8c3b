package doublezero.localnet.programs.serviceability.global;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.AddQaAllowlist;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.Migrate;
import doublezero.sdk.serviceability.instruction.ProgramConfigAccounts;
import doublezero.sdk.serviceability.instruction.RemoveQaAllowlist;
import doublezero.sdk.serviceability.instruction.SetAirdrop;
import doublezero.sdk.serviceability.instruction.SetAuthority;
import doublezero.sdk.serviceability.instruction.SetMinVersion;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Migrate, SetAuthority, SetAirdrop, SetMinVersion and the QA allowlist
/// (`serviceability-instructions.md` §3.1; no reference test file of their own): effects, errors
/// and the signer/owner/allowlist matrix of each.
@NeedsLedgerInternals(
    "ledger-wide state and seeded accounts: sends SetAuthority, which every other test on the"
        + " ledger would see, and writes accounts straight into the ledger"
        + " (AdminFixtures.foreignCopy, GlobalAdministrationTest.seedV1User)")
class GlobalAdministrationTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static Keypair outsider;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    outsider = h.funded();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static GlobalState gs() {
    return h.account(h.globalState(), GlobalState.class);
  }

  static GlobalStateAccounts gsa(Keypair payer) {
    return new GlobalStateAccounts(h.globalState(), payer.publicKey());
  }

  static PublicKey programConfig() {
    return ServiceabilityPdas.programConfig(h.programId).address();
  }

  static Instruction minVersion(long major, long minor, long patch, Keypair payer) {
    return new SetMinVersion(major, minor, patch)
        .toInstruction(
            h.programId,
            new ProgramConfigAccounts(programConfig(), h.globalState(), payer.publicKey()));
  }

  /// (a) payer not signing, (b) GlobalState owned by another program, (c) payer outside the
  /// foundation allowlist.
  static void matrix(Function<Keypair, Instruction> build) {
    assertPanic(
        h.fail(
            outsider, AdminFixtures.unsigned(build.apply(h.foundation), h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                build.apply(h.foundation),
                h.globalState(),
                AdminFixtures.foreignCopy(h, h.globalState()))));
    assertError(h.fail(outsider, build.apply(outsider)), ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void setAuthority() {
    PublicKey a = Keypair.generate().publicKey();
    PublicKey r = Keypair.generate().publicKey();
    GlobalState before = gs();
    h.ok(
        h.foundation,
        new SetAuthority(Optional.of(a), Optional.empty(), Optional.empty(), Optional.of(r))
            .toInstruction(h.programId, gsa(h.foundation)));
    GlobalState after = gs();
    assertThat(after.activatorAuthorityPk()).isEqualTo(a);
    assertThat(after.reservationAuthorityPk()).isEqualTo(r);
    assertThat(after.sentinelAuthorityPk()).isEqualTo(before.sentinelAuthorityPk());
    assertThat(after.healthOraclePk()).isEqualTo(before.healthOraclePk());
    PublicKey f = h.foundation.publicKey();
    h.ok(
        h.foundation,
        new SetAuthority(
                Optional.of(f), Optional.of(f), Optional.of(f), Optional.of(PublicKey.DEFAULT))
            .toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs()).isEqualTo(before);
    matrix(
        p ->
            new SetAuthority(Optional.of(a), Optional.empty(), Optional.empty(), Optional.empty())
                .toInstruction(h.programId, gsa(p)));
  }

  @Test
  void setAirdrop() {
    GlobalState before = gs();
    h.ok(
        h.foundation,
        new SetAirdrop(Optional.of(5L), Optional.empty())
            .toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs().contributorAirdropLamports()).isEqualTo(5L);
    assertThat(gs().userAirdropLamports()).isEqualTo(before.userAirdropLamports());
    h.ok(
        h.foundation,
        new SetAirdrop(Optional.of(before.contributorAirdropLamports()), Optional.of(-1L))
            .toInstruction(h.programId, gsa(h.foundation)));
    assertThat(Long.toUnsignedString(gs().userAirdropLamports())).isEqualTo("18446744073709551615");
    h.ok(
        h.foundation,
        new SetAirdrop(Optional.empty(), Optional.of(before.userAirdropLamports()))
            .toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs()).isEqualTo(before);
    matrix(
        p -> new SetAirdrop(Optional.of(1L), Optional.of(2L)).toInstruction(h.programId, gsa(p)));
  }

  @Test
  void qaAllowlist() {
    PublicKey q = Keypair.generate().publicKey();
    PublicKey f = h.foundation.publicKey();
    h.ok(h.foundation, new AddQaAllowlist(q).toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs().qaAllowlist()).containsExactly(f, q);
    assertBuiltin(
        AdminFixtures.failAgain(
            h, h.foundation, new AddQaAllowlist(q).toInstruction(h.programId, gsa(h.foundation))),
        "InvalidArgument");
    // Removal has no guard: an absent key is fine and the list may become empty.
    h.ok(
        h.foundation,
        new RemoveQaAllowlist(Keypair.generate().publicKey())
            .toInstruction(h.programId, gsa(h.foundation)));
    h.ok(h.foundation, new RemoveQaAllowlist(q).toInstruction(h.programId, gsa(h.foundation)));
    h.ok(h.foundation, new RemoveQaAllowlist(f).toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs().qaAllowlist()).isEmpty();
    h.ok(h.foundation, new AddQaAllowlist(f).toInstruction(h.programId, gsa(h.foundation)));
    // A QA member who is not in the foundation allowlist cannot manage the QA list.
    h.ok(
        h.foundation,
        new AddQaAllowlist(outsider.publicKey()).toInstruction(h.programId, gsa(h.foundation)));
    matrix(
        p -> new AddQaAllowlist(Keypair.generate().publicKey()).toInstruction(h.programId, gsa(p)));
    matrix(p -> new RemoveQaAllowlist(f).toInstruction(h.programId, gsa(p)));
    h.ok(
        h.foundation,
        new RemoveQaAllowlist(outsider.publicKey()).toInstruction(h.programId, gsa(h.foundation)));
    assertThat(gs().qaAllowlist()).containsExactly(f);
  }

  @Test
  void setMinVersion() {
    ProgramConfig before = h.account(programConfig(), ProgramConfig.class);
    h.ok(h.foundation, minVersion(0, 12, 0, h.foundation));
    assertThat(h.account(programConfig(), ProgramConfig.class).minCompatibleVersion().toString())
        .isEqualTo("0.12.0");
    assertError(
        h.fail(h.foundation, minVersion(0, 12, 1, h.foundation)),
        ServiceabilityError.INVALID_MIN_COMPATIBLE_VERSION);
    assertError(
        h.fail(h.foundation, minVersion(1, 0, 0, h.foundation)),
        ServiceabilityError.INVALID_MIN_COMPATIBLE_VERSION);
    h.ok(h.foundation, minVersion(0, 7, 1, h.foundation));
    assertThat(h.account(programConfig(), ProgramConfig.class)).isEqualTo(before);
    matrix(p -> minVersion(0, 8, 0, p));
    // The ProgramConfig account's owner is checked (its PDA is not).
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                minVersion(0, 8, 0, h.foundation),
                programConfig(),
                AdminFixtures.foreignCopy(h, programConfig()))));
    // The reference SDK's three-account form fails with NotEnoughAccountKeys (§9.2).
    Instruction sdkForm =
        new Instruction(
            h.programId,
            List.of(
                doublezero.sdk.solana.tx.AccountMeta.writable(h.globalState()),
                doublezero.sdk.solana.tx.AccountMeta.writableSigner(h.foundation.publicKey()),
                doublezero.sdk.solana.tx.AccountMeta.writable(PublicKey.DEFAULT)),
            minVersion(0, 8, 0, h.foundation).data());
    assertBuiltin(h.fail(h.foundation, sdkForm), "NotEnoughAccountKeys");
    // A GlobalState in the ProgramConfig slot decodes as the wrong type.
    Instruction swapped =
        AdminFixtures.replace(minVersion(0, 8, 0, h.foundation), programConfig(), h.globalState());
    assertBuiltin(h.fail(h.foundation, swapped), "InvalidAccountData");
  }

  /// A legacy V1 user at PDA("user", index), as an older program version wrote it.
  static User seedV1User(U128 index) {
    ProgramDerivedAddress v1 = ServiceabilityPdas.userV1(h.programId, index);
    User user =
        new User(
            h.foundation.publicKey(),
            index,
            v1.bump(),
            UserType.IBRL,
            PublicKey.DEFAULT,
            Keypair.generate().publicKey(),
            UserCyoa.GRE_OVER_DIA,
            Ipv4Address.parse("100.0.0." + (index.low() % 250)),
            Ipv4Address.parse("0.0.0.0"),
            0,
            NetworkV4.DEFAULT,
            UserStatus.PENDING,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.parse("0.0.0.0"));
    h.seed(v1.address(), user);
    return user;
  }

  static Instruction migrate(PublicKey old, PublicKey neu, Keypair payer) {
    return new Migrate()
        .toInstruction(h.programId, new Migrate.Accounts(old, neu, payer.publicKey()));
  }

  @Test
  void migrateMovesALegacyUserWithoutAuthorization() {
    User old = seedV1User(U128.ofUnsigned(901));
    PublicKey oldKey = ServiceabilityPdas.userV1(h.programId, old.index()).address();
    ProgramDerivedAddress v2 =
        ServiceabilityPdas.userV2(h.programId, old.clientIp(), old.userType());
    long oldLamports = h.lamports(oldKey);
    assertPanic(
        h.fail(
            outsider,
            AdminFixtures.unsigned(
                migrate(oldKey, v2.address(), h.foundation), h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            migrate(AdminFixtures.foreignCopy(h, oldKey), v2.address(), h.foundation)));
    assertPanic(h.fail(h.foundation, migrate(oldKey, oldKey, h.foundation)));
    assertPanic(
        h.fail(h.foundation, migrate(oldKey, Keypair.generate().publicKey(), h.foundation)));
    assertError(
        h.fail(h.foundation, migrate(h.globalState(), v2.address(), h.foundation)),
        ServiceabilityError.INVALID_ACCOUNT_TYPE);
    // No authorization (§9.3): an outsider migrates the user, pays the new account and receives the
    // old rent.
    long before = h.lamports(outsider.publicKey());
    h.ok(outsider, migrate(oldKey, v2.address(), outsider));
    assertThat(h.data(oldKey)).isEmpty();
    User moved = h.account(v2.address(), User.class);
    assertThat(moved)
        .isEqualTo(
            new User(
                old.owner(),
                U128.ZERO,
                v2.bump(),
                old.userType(),
                old.tenantPk(),
                old.devicePk(),
                old.cyoaType(),
                old.clientIp(),
                old.dzIp(),
                old.tunnelId(),
                old.tunnelNet(),
                old.status(),
                old.publishers(),
                old.subscribers(),
                old.validatorPubkey(),
                old.tunnelEndpoint()));
    assertThat(h.lamports(outsider.publicKey()))
        .isEqualTo(before - 5000 - h.lamports(v2.address()) + oldLamports);
    // Migrating again into the existing V2 account fails in the system program.
    User again = seedV1User(U128.ofUnsigned(901));
    h.fail(
        h.foundation,
        migrate(
            ServiceabilityPdas.userV1(h.programId, again.index()).address(),
            v2.address(),
            h.foundation));
  }
}
