package doublezero.localnet.programs.serviceability.contributor;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ContributorAccounts;
import doublezero.sdk.serviceability.instruction.DeleteContributor;
import doublezero.sdk.serviceability.instruction.ResumeContributor;
import doublezero.sdk.serviceability.instruction.SuspendContributor;
import doublezero.sdk.serviceability.instruction.UpdateContributor;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.ContributorStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/contributor_test.rs`: the Contributor lifecycle, the airdrop to its owner and who
/// may update what, through localnet.
class ContributorTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static ContributorAccounts accounts(PublicKey contributor, Keypair payer) {
    return new ContributorAccounts(contributor, h.globalState(), payer.publicKey());
  }

  static UpdateContributor update(String code, PublicKey owner, PublicKey opsManager) {
    return new UpdateContributor(
        Optional.ofNullable(code), Optional.ofNullable(owner), Optional.ofNullable(opsManager));
  }

  @Test
  void testContributor() {
    U128 index = AdminFixtures.nextIndex(h);
    ProgramDerivedAddress pda = ServiceabilityPdas.contributor(h.programId, index);
    PublicKey owner = Keypair.generate().publicKey();
    h.ok(h.foundation, AdminFixtures.createContributorIx(h, h.foundation, owner, "LA"));
    Contributor created =
        new Contributor(
            owner, index, pda.bump(), ContributorStatus.ACTIVATED, "LA", 0, PublicKey.DEFAULT);
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(d -> assertThat(d).isEqualTo(created.encode()));
    assertThat(h.lamports(pda.address())).isEqualTo(Rent.minimumBalance(created.encode().length));
    long airdrop = h.account(h.globalState(), GlobalState.class).contributorAirdropLamports();
    assertThat(h.lamports(owner)).isEqualTo(Rent.minimumBalance(0) + airdrop);
    assertThat(h.account(h.globalState(), GlobalState.class).accountIndex()).isEqualTo(index);

    h.ok(
        h.foundation,
        new SuspendContributor().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.account(pda.address(), Contributor.class).status())
        .isEqualTo(ContributorStatus.SUSPENDED);
    h.ok(
        h.foundation,
        new ResumeContributor().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.account(pda.address(), Contributor.class)).isEqualTo(created);
    assertError(
        AdminFixtures.failAgain(
            h,
            h.foundation,
            new ResumeContributor()
                .toInstruction(h.programId, accounts(pda.address(), h.foundation))),
        ServiceabilityError.INVALID_STATUS);

    PublicKey newOwner = Keypair.generate().publicKey();
    PublicKey opsManager = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        update("LA2", newOwner, opsManager)
            .toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.data(pda.address()))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .isEqualTo(
                        new Contributor(
                                newOwner,
                                index,
                                pda.bump(),
                                ContributorStatus.ACTIVATED,
                                "LA2",
                                0,
                                opsManager)
                            .encode()));

    // The owner may change ops_manager_pk alone; code, owner, or all three together need the
    // foundation.
    Keypair ownerKey = h.funded();
    PublicKey own = AdminFixtures.createContributor(h, ownerKey.publicKey(), "owner_test");
    PublicKey ownerOnlyOps = Keypair.generate().publicKey();
    h.ok(
        ownerKey,
        update(null, null, ownerOnlyOps).toInstruction(h.programId, accounts(own, ownerKey)));
    Contributor afterOwner = h.account(own, Contributor.class);
    assertThat(afterOwner.opsManagerPk()).isEqualTo(ownerOnlyOps);
    assertThat(afterOwner.code()).isEqualTo("owner_test");
    assertThat(afterOwner.owner()).isEqualTo(ownerKey.publicKey());
    for (UpdateContributor forbidden :
        new UpdateContributor[] {
          update("newcode", null, null),
          update(null, Keypair.generate().publicKey(), null),
          update("newcode", Keypair.generate().publicKey(), Keypair.generate().publicKey())
        }) {
      assertError(
          h.fail(ownerKey, forbidden.toInstruction(h.programId, accounts(own, ownerKey))),
          ServiceabilityError.NOT_ALLOWED);
    }
    Keypair stranger = h.funded();
    assertError(
        h.fail(
            stranger,
            update(null, null, Keypair.generate().publicKey())
                .toInstruction(h.programId, accounts(own, stranger))),
        ServiceabilityError.NOT_ALLOWED);
    PublicKey byFoundation = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        update(null, null, byFoundation).toInstruction(h.programId, accounts(own, h.foundation)));
    assertThat(h.account(own, Contributor.class).opsManagerPk()).isEqualTo(byFoundation);

    long lamports = h.lamports(pda.address());
    long payerBefore = h.lamports(h.foundation.publicKey());
    h.ok(
        h.foundation,
        new DeleteContributor().toInstruction(h.programId, accounts(pda.address(), h.foundation)));
    assertThat(h.data(pda.address())).isEmpty();
    assertThat(h.lamports(h.foundation.publicKey())).isEqualTo(payerBefore + lamports - 5000);
  }

  @Test
  void testContributorDeleteFromSuspended() {
    PublicKey c = AdminFixtures.createContributor(h, Keypair.generate().publicKey(), "la");
    h.ok(
        h.foundation,
        new SuspendContributor().toInstruction(h.programId, accounts(c, h.foundation)));
    h.ok(
        h.foundation,
        new DeleteContributor().toInstruction(h.programId, accounts(c, h.foundation)));
    assertThat(h.data(c)).isEmpty();
  }
}
