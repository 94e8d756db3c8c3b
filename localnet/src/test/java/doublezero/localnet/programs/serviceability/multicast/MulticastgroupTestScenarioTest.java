package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `TST/multicastgroup_test.rs` (`serviceability-instructions.md` §8) through localnet,
/// plus the validation rules of `STATE/multicastgroup.rs` and the code normalisation.
class MulticastgroupTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static MulticastFixture f;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new MulticastFixture(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  @Test
  void testMulticastgroup() {
    U128 before = f.globalState().accountIndex();
    PublicKey owner = Keypair.generate().publicKey();
    PublicKey g = f.nextGroup();
    h.ok(h.foundation, f.create(g, "la", 1000, owner, false, h.foundation));
    var pda = ServiceabilityPdas.multicastGroup(h.programId, before.increment());
    MulticastGroup created = f.group(g);
    assertThat(created)
        .isEqualTo(
            new MulticastGroup(
                owner,
                before.increment(),
                pda.bump(),
                PublicKey.DEFAULT,
                Ipv4Address.UNSPECIFIED,
                1000,
                MulticastGroupStatus.PENDING,
                "la",
                0,
                0));
    assertThat(h.data(g).orElseThrow()).isEqualTo(created.encode());
    assertThat(h.lamports(g)).isEqualTo(Rent.minimumBalance(created.encode().length));
    assertThat(f.globalState().accountIndex()).isEqualTo(before.increment());

    h.ok(h.foundation, f.activate(g, "224.0.0.0", h.foundation));
    assertThat(f.group(g).multicastIp().toString()).isEqualTo("224.0.0.0");
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.ACTIVATED);
    h.ok(h.foundation, f.suspend(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.SUSPENDED);
    h.ok(h.foundation, f.reactivate(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.ACTIVATED);

    h.ok(
        h.foundation,
        f.update(
            g,
            new UpdateMulticastGroup(
                Optional.of("la2"),
                Optional.of(Ipv4Address.parse("239.1.1.2")),
                Optional.of(2000L),
                Optional.empty(),
                Optional.empty(),
                false),
            h.foundation));
    MulticastGroup updated = f.group(g);
    assertThat(updated.code()).isEqualTo("la2");
    assertThat(updated.multicastIp().toString()).isEqualTo("239.1.1.2");
    assertThat(updated.maxBandwidth()).isEqualTo(2000);
    assertThat(updated.publisherCount()).isZero();
    assertThat(updated.subscriberCount()).isZero();
    assertThat(updated.status()).isEqualTo(MulticastGroupStatus.ACTIVATED);

    h.ok(h.foundation, f.delete(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.DELETING);
    assertThat(f.group(g).code()).isEqualTo("la2");

    long rent = h.lamports(g);
    h.ok(h.foundation, f.deactivate(g, owner, false, h.foundation));
    assertThat(h.data(g)).isEmpty();
    assertThat(h.lamports(owner))
        .as("every lamport of the group goes to its owner")
        .isEqualTo(rent);
  }

  @Test
  void testMulticastgroupDeactivateFailsWhenCountsNonzero() {
    PublicKey g = f.activeGroup("la", Keypair.generate().publicKey(), "224.0.0.0");
    h.ok(h.foundation, f.update(g, MulticastFixture.counts(1, 1), h.foundation));
    assertThat(f.group(g).publisherCount()).isEqualTo(1);
    assertThat(f.group(g).subscriberCount()).isEqualTo(1);
    assertError(
        h.fail(h.foundation, f.delete(g, h.foundation)),
        ServiceabilityError.MULTICAST_GROUP_NOT_EMPTY);
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.ACTIVATED);
  }

  @Test
  void testMulticastgroupDeactivateFailsWhenNotDeleting() {
    PublicKey owner = Keypair.generate().publicKey();
    PublicKey g = f.activeGroup("la", owner, "224.0.0.0");
    assertError(
        h.fail(h.foundation, f.deactivate(g, owner, false, h.foundation)),
        ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void testMulticastgroupCreateWithWrongIndexFails() {
    U128 next = f.globalState().accountIndex().increment();
    PublicKey wrong =
        ServiceabilityPdas.multicastGroup(h.programId, U128.ofUnsigned(999)).address();
    assertPanic(
        h.fail(
            h.foundation,
            f.create(wrong, "test", 1000, Keypair.generate().publicKey(), false, h.foundation)));
    PublicKey right = f.nextGroup();
    h.ok(
        h.foundation,
        f.create(right, "test", 1000, Keypair.generate().publicKey(), false, h.foundation));
    assertThat(f.group(right).index()).isEqualTo(next);
    assertThat(f.group(right).code()).isEqualTo("test");
  }

  @Test
  void testMulticastgroupReactivateInvalidStatusFails() {
    PublicKey g = f.createGroup("reactivate-test", Keypair.generate().publicKey());
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.PENDING);
    assertError(
        h.fail(h.foundation, f.reactivate(g, h.foundation)), ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void testSuspendMulticastgroupFromPendingFails() {
    PublicKey g = f.createGroup("test", Keypair.generate().publicKey());
    assertError(
        h.fail(h.foundation, f.suspend(g, h.foundation)), ServiceabilityError.INVALID_STATUS);
  }

  @Test
  void testDeleteMulticastgroupFailsWithActivePublishersOrSubscribers() {
    PublicKey g = f.activeGroup("delete-test", Keypair.generate().publicKey(), "224.0.0.1");
    h.ok(h.foundation, f.update(g, MulticastFixture.counts(1, 0), h.foundation));
    assertError(
        h.fail(h.foundation, f.delete(g, h.foundation)),
        ServiceabilityError.MULTICAST_GROUP_NOT_EMPTY);
    h.ok(h.foundation, f.update(g, MulticastFixture.counts(0, 1), h.foundation));
    assertError(
        h.fail(h.foundation, f.delete(g, h.foundation)),
        ServiceabilityError.MULTICAST_GROUP_NOT_EMPTY);
    h.ok(h.foundation, f.update(g, MulticastFixture.counts(0, 0), h.foundation));
    h.ok(h.foundation, f.delete(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.DELETING);
  }

  @Test
  void validationRulesAndCodes() {
    PublicKey owner = Keypair.generate().publicKey();
    assertError(
        h.fail(h.foundation, f.create(f.nextGroup(), "bad code", 1000, owner, false, h.foundation)),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    assertError(
        h.fail(
            h.foundation,
            f.create(f.nextGroup(), "a".repeat(33), 1000, owner, false, h.foundation)),
        ServiceabilityError.CODE_TOO_LONG);
    assertError(
        h.fail(h.foundation, f.create(f.nextGroup(), "zero", 0, owner, false, h.foundation)),
        ServiceabilityError.INVALID_MAX_BANDWIDTH);
    PublicKey g = f.createGroup("Mixed_Case:ü-1", owner);
    assertThat(f.group(g).code())
        .as("case and Unicode letters are kept")
        .isEqualTo("Mixed_Case:ü-1");
    assertError(
        h.fail(h.foundation, f.activate(g, "10.0.0.1", h.foundation)),
        ServiceabilityError.INVALID_MULTICAST_IP);
    assertPanic(h.fail(h.foundation, f.create(g, "again", 1000, owner, false, h.foundation)));
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (MulticastgroupTestScenarioTest.createOnAnOccupiedOrPrefundedAddress)")
  @Test
  void createOnAnOccupiedOrPrefundedAddress() {
    PublicKey next = f.nextGroup();
    h.seedRaw(next, h.programId, new byte[] {10});
    ProgramHarness.assertBuiltin(
        h.fail(
            h.foundation, f.create(next, "x", 1000, h.foundation.publicKey(), false, h.foundation)),
        "AccountAlreadyInitialized");
    h.seedRaw(next, doublezero.sdk.solana.system.SystemProgram.PROGRAM_ID, new byte[0]);
    h.ok(h.foundation, f.create(next, "x", 1000, h.foundation.publicKey(), false, h.foundation));
    assertThat(h.lamports(next)).isEqualTo(Rent.minimumBalance(f.group(next).encode().length));
  }

  @Test
  void rejectLeavesTheAddressUnset() {
    PublicKey g = f.createGroup("rej", h.foundation.publicKey());
    h.ok(h.foundation, f.reject(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.REJECTED);
    assertThat(f.group(g).multicastIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
  }

  @NeedsLedgerInternals(
      "seeded accounts: rewrites GlobalState straight into the ledger"
          + " (MulticastFixture.editGlobalState)")
  @Test
  void activatorAndFoundationRolesDiffer() {
    Keypair activator = h.funded();
    f.editGlobalState(
        d -> {
          d.activator = activator.publicKey();
          return d;
        });
    try {
      PublicKey owner = Keypair.generate().publicKey();
      PublicKey g = f.createGroup("roles", owner);
      assertError(h.fail(activator, f.reject(g, activator)), ServiceabilityError.NOT_ALLOWED);
      h.ok(activator, f.activate(g, "224.0.0.5", activator));
      h.ok(h.foundation, f.delete(g, h.foundation));
      assertError(
          h.fail(h.foundation, f.deactivate(g, owner, false, h.foundation)),
          ServiceabilityError.NOT_ALLOWED);
      ProgramHarness.assertBuiltin(
          h.fail(activator, f.deactivate(g, Keypair.generate().publicKey(), false, activator)),
          "InvalidAccountData");
      h.ok(activator, f.deactivate(g, owner, false, activator));
      assertThat(h.data(g)).isEmpty();
    } finally {
      f.editGlobalState(
          d -> {
            d.activator = h.foundation.publicKey();
            return d;
          });
    }
  }
}
