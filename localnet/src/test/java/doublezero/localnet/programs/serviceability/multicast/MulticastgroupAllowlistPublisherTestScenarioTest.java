package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `TST/multicastgroup_allowlist_publisher_test.rs` (§8), plus the pass-creating path of
/// the add instruction and the remove checks.
class MulticastgroupAllowlistPublisherTestScenarioTest {
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

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (MulticastFixture.seedAccessPass)")
  @Test
  void testMulticastPublisherAllowlist() {
    PublicKey userPayer = h.foundation.publicKey();
    Ipv4Address ip = Ipv4Address.parse("100.0.0.1");
    PublicKey g = f.createGroup("test", h.foundation.publicKey());
    h.ok(h.foundation, f.activate(g, "224.254.0.1", h.foundation));
    assertThat(f.group(g).multicastIp().toString()).isEqualTo("224.254.0.1");
    PublicKey pass = f.seedAccessPass(ip, userPayer, 100, false, h.foundation.publicKey());

    h.ok(h.foundation, f.addPub(g, ip, userPayer, h.foundation));
    assertThat(f.pass(pass).mgroupPubAllowlist()).containsExactly(g);
    h.ok(h.foundation, f.addPub(g, ip, userPayer, h.foundation));
    assertThat(f.pass(pass).mgroupPubAllowlist()).as("added once").containsExactly(g);
    assertThat(h.lamports(pass)).isEqualTo(Rent.minimumBalance(f.pass(pass).encode().length));

    h.ok(h.foundation, f.removePub(g, ip, userPayer, h.foundation));
    assertThat(f.pass(pass).mgroupPubAllowlist()).isEmpty();
    assertThat(f.pass(pass).mgroupSubAllowlist()).isEmpty();
  }

  @NeedsLedgerInternals(
      "seeded accounts: rewrites GlobalState straight into the ledger"
          + " (MulticastFixture.editGlobalState)")
  @Test
  void testMulticastPublisherAllowlistSentinelAuthority() {
    Keypair sentinel = h.funded();
    f.editGlobalState(
        d -> {
          d.sentinel = sentinel.publicKey();
          return d;
        });
    try {
      Ipv4Address ip = Ipv4Address.parse("100.0.0.2");
      PublicKey userPayer = h.foundation.publicKey();
      PublicKey g = f.activeGroup("sentinel-test", h.foundation.publicKey(), "224.254.0.2");
      PublicKey pass = f.seedAccessPass(ip, userPayer, 100, false, h.foundation.publicKey());
      h.ok(sentinel, f.addPub(g, ip, userPayer, sentinel));
      assertThat(f.pass(pass).mgroupPubAllowlist()).containsExactly(g);
      h.ok(sentinel, f.removePub(g, ip, userPayer, sentinel));
      assertThat(f.pass(pass).mgroupPubAllowlist()).isEmpty();
      Keypair stranger = h.funded();
      assertError(
          h.fail(stranger, f.addPub(g, ip, userPayer, stranger)), ServiceabilityError.NOT_ALLOWED);
    } finally {
      f.editGlobalState(
          d -> {
            d.sentinel = h.foundation.publicKey();
            return d;
          });
    }
  }

  @Test
  void addCreatesAMissingPassOwnedByThePayer() {
    Keypair groupOwner = h.funded();
    PublicKey g = f.activeGroup("owner-made", groupOwner.publicKey(), "224.254.0.9");
    Ipv4Address ip = Ipv4Address.parse("100.0.0.9");
    PublicKey userPayer = Keypair.generate().publicKey();
    PublicKey pass = f.accessPassPda(ip, userPayer);
    h.ok(groupOwner, f.addPub(g, ip, userPayer, groupOwner));
    var pda = ServiceabilityPdas.accessPass(h.programId, ip, userPayer);
    AccessPass expected =
        new AccessPass(
            groupOwner.publicKey(),
            pda.bump(),
            new AccessPassType.Prepaid(),
            ip,
            userPayer,
            0,
            0,
            AccessPassStatus.REQUESTED,
            List.of(g),
            List.of(),
            0,
            List.of());
    assertThat(h.data(pass).orElseThrow()).isEqualTo(expected.encode());
    assertThat(h.lamports(pass)).isEqualTo(Rent.minimumBalance(expected.encode().length));
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (MulticastFixture.seedAccessPass)")
  @Test
  void addAndRemoveRefuseMismatchedPasses() {
    PublicKey g = f.activeGroup("mismatch", h.foundation.publicKey(), "224.254.0.10");
    Ipv4Address ip = Ipv4Address.parse("100.0.0.10");
    PublicKey userPayer = Keypair.generate().publicKey();
    // an empty account at another address than PDA(client_ip, user_payer)
    var wrongPda =
        MulticastFixture.swap(
            f.addPub(g, ip, userPayer, h.foundation),
            f.accessPassPda(ip, userPayer),
            Keypair.generate().publicKey());
    assertPanic(h.fail(h.foundation, wrongPda));
    assertError(
        h.fail(h.foundation, f.removePub(g, ip, userPayer, h.foundation)),
        ServiceabilityError.ACCESS_PASS_NOT_FOUND);
    f.seedAccessPass(ip, userPayer, 100, false, h.foundation.publicKey());
    // the pass at PDA(ip, user_payer) but the arguments name another ip: client_ip assert
    var otherIp =
        MulticastFixture.swap(
            f.addPub(g, Ipv4Address.parse("100.0.0.11"), userPayer, h.foundation),
            f.accessPassPda(Ipv4Address.parse("100.0.0.11"), userPayer),
            f.accessPassPda(ip, userPayer));
    assertPanic(h.fail(h.foundation, otherIp));
    var otherPayer =
        MulticastFixture.swap(
            f.removePub(g, ip, h.foundation.publicKey(), h.foundation),
            f.accessPassPda(ip, h.foundation.publicKey()),
            f.accessPassPda(ip, userPayer));
    assertPanic(h.fail(h.foundation, otherPayer));
  }
}
