package doublezero.localnet.programs.serviceability.global;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.AddFoundationAllowlist;
import doublezero.sdk.serviceability.instruction.GlobalStateAccounts;
import doublezero.sdk.serviceability.instruction.RemoveFoundationAllowlist;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/foundation_allowlist_test.rs`, plus the Add/RemoveFoundationAllowlist errors
/// (§3.1) and their signer/owner/allowlist matrix.
class FoundationAllowlistTestScenarioTest {
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

  static Instruction add(PublicKey key, Keypair payer) {
    return new AddFoundationAllowlist(key)
        .toInstruction(h.programId, new GlobalStateAccounts(h.globalState(), payer.publicKey()));
  }

  static Instruction remove(PublicKey key, Keypair payer) {
    return new RemoveFoundationAllowlist(key)
        .toInstruction(h.programId, new GlobalStateAccounts(h.globalState(), payer.publicKey()));
  }

  static List<PublicKey> allowlist() {
    return h.account(h.globalState(), GlobalState.class).foundationAllowlist();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own allowlist entries: compares the whole foundation allowlist; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void foundationAllowlistTest() {
    PublicKey user1 = Keypair.generate().publicKey();
    PublicKey user2 = Keypair.generate().publicKey();
    PublicKey f = h.foundation.publicKey();
    h.ok(h.foundation, add(user1, h.foundation));
    assertThat(allowlist()).containsExactly(f, user1);
    h.ok(h.foundation, add(user2, h.foundation));
    assertThat(allowlist()).containsExactly(f, user1, user2);
    h.ok(h.foundation, remove(user1, h.foundation));
    assertThat(allowlist()).containsExactly(f, user2);
    h.ok(h.foundation, remove(user2, h.foundation));
    assertThat(allowlist()).containsExactly(f);
  }

  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AdminFixtures.foreignCopy)")
  @Test
  void errorsAndMatrix() {
    PublicKey f = h.foundation.publicKey();
    assertBuiltin(h.fail(h.foundation, add(f, h.foundation)), "InvalidArgument");
    // A single member cannot remove itself nor anything else (the length check runs even for an
    // absent key).
    assertPanic(h.fail(h.foundation, remove(f, h.foundation)));
    assertPanic(h.fail(h.foundation, remove(Keypair.generate().publicKey(), h.foundation)));
    Keypair member = h.funded();
    h.ok(h.foundation, add(member.publicKey(), h.foundation));
    // Removing an absent key succeeds and changes nothing.
    h.ok(member, remove(Keypair.generate().publicKey(), member));
    assertThat(allowlist()).containsExactly(f, member.publicKey());
    assertPanic(h.fail(member, remove(member.publicKey(), member)));

    Keypair outsider = h.funded();
    PublicKey x = Keypair.generate().publicKey();
    for (Instruction ix : List.of(add(x, h.foundation), remove(member.publicKey(), h.foundation))) {
      assertPanic(h.fail(outsider, AdminFixtures.unsigned(ix, f)));
      assertPanic(
          h.fail(
              h.foundation,
              AdminFixtures.replace(
                  ix, h.globalState(), AdminFixtures.foreignCopy(h, h.globalState()))));
    }
    assertError(h.fail(outsider, add(x, outsider)), ServiceabilityError.NOT_ALLOWED);
    assertError(
        h.fail(outsider, remove(member.publicKey(), outsider)), ServiceabilityError.NOT_ALLOWED);
    // Another program's GlobalState-shaped account at a non-PDA address owned by the program: the
    // PDA assert.
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, h.programId, h.data(h.globalState()).orElseThrow());
    assertPanic(
        h.fail(h.foundation, AdminFixtures.replace(add(x, h.foundation), h.globalState(), copy)));
    h.ok(h.foundation, remove(member.publicKey(), h.foundation));
    assertThat(allowlist()).containsExactly(f);
  }
}
