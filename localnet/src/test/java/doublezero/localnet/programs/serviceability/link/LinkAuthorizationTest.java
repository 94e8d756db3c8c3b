package doublezero.localnet.programs.serviceability.link;

import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every happy path of the link instructions tried (a) with the payer not signing (another funded
/// key pays the fee): the `payer.is_signer` assertion panics; (b) with an account owned by another
/// program in place of a program account: an owner assertion panics; (c) with a payer outside the
/// authority: the reference's error code. Then the happy path itself succeeds. `h.fail` proves
/// every failure left the state byte-identical.
@NeedsLedgerInternals(
    "ledger-wide state: sends SetFeatureFlags, which every other test on the ledger would see")
class LinkAuthorizationTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static LinkFixtures fx;
  static LinkOps ops;
  static Keypair fnd;
  static Keypair payer2;
  static Keypair outsider;
  static PublicKey c1;
  static PublicKey c2;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new LinkFixtures(h);
    ops = new LinkOps(h);
    fnd = h.foundation;
    payer2 = h.funded();
    outsider = h.funded();
    c1 = fx.contributor(fnd.publicKey(), "cont1");
    c2 = fx.contributor(payer2.publicKey(), "cont2");
    fx.setOnChainAllocation(true);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  record Sides(PublicKey a, PublicKey z) {}

  static Sides wan() {
    return new Sides(
        fx.device(c1, "A", "110.0.0.1", LinkFixtures.unlinked("Ethernet0", null)),
        fx.device(c1, "Z", "111.0.0.1", LinkFixtures.unlinked("Ethernet1", null)));
  }

  static Sides dzx() {
    return new Sides(
        fx.device(c1, "A", "110.0.0.1", LinkFixtures.unlinked("Ethernet0", null)),
        fx.device(c2, "Z", "111.0.0.1", LinkFixtures.unlinked("Ethernet1", null)));
  }

  /// @return a copy of `account` at a new address owned by another program
  static PublicKey foreign(PublicKey account) {
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, Keypair.generate().publicKey(), h.data(account).orElseThrow());
    return copy;
  }

  /// (a), (b), (c), then the happy path. `build` makes the instruction for a payer key.
  static void matrix(
      Keypair payer,
      Function<PublicKey, Instruction> build,
      Instruction foreignOwner,
      ServiceabilityError outsiderError) {
    assertPanic(
        h.fail(outsider, LinkOps.unsigned(build.apply(payer.publicKey()), payer.publicKey())));
    assertPanic(h.fail(payer, foreignOwner));
    assertCustom(h.fail(outsider, build.apply(outsider.publicKey())), outsiderError.code());
    h.ok(payer, build.apply(payer.publicKey()));
  }

  static PublicKey pending(Sides s) {
    PublicKey link = ops.nextLinkPda();
    h.ok(
        fnd,
        ops.create(
            link,
            c1,
            s.a(),
            s.z(),
            LinkOps.args("l", LinkLinkType.WAN, "Ethernet0", "Ethernet1", false),
            fnd.publicKey()));
    return link;
  }

  @Test
  void createLink() {
    for (boolean onchain : new boolean[] {false, true}) {
      Sides s = wan();
      PublicKey link = ops.nextLinkPda();
      var args = LinkOps.args("l", LinkLinkType.WAN, "Ethernet0", "Ethernet1", onchain);
      matrix(
          fnd,
          p -> ops.create(link, c1, s.a(), s.z(), args, p),
          ops.create(link, foreign(c1), s.a(), s.z(), args, fnd.publicKey()),
          ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
  }

  @Test
  void activateLink() {
    for (boolean onchain : new boolean[] {false, true}) {
      Sides s = wan();
      PublicKey link = pending(s);
      PublicKey dtb = ServiceabilityPdas.deviceTunnelBlock(h.programId).address();
      Instruction foreignPart =
          onchain
              ? LinkOps.replaced(
                  ops.activate(link, s.a(), s.z(), 0, null, true, fnd.publicKey()), 4, foreign(dtb))
              : ops.activate(foreign(link), s.a(), s.z(), 3, "10.0.0.2/31", false, fnd.publicKey());
      matrix(
          fnd,
          p -> ops.activate(link, s.a(), s.z(), 3, "10.0.0.2/31", onchain, p),
          foreignPart,
          ServiceabilityError.NOT_ALLOWED);
    }
  }

  @Test
  void acceptLinkRefusesEvenFoundation() {
    Sides s = dzx();
    PublicKey link = ops.nextLinkPda();
    h.ok(
        fnd,
        ops.create(
            link,
            c1,
            s.a(),
            s.z(),
            LinkOps.args("d", LinkLinkType.DZX, "Ethernet0", null, false),
            fnd.publicKey()));
    assertCustom(
        h.fail(fnd, ops.accept(link, c2, s.z(), "Ethernet1", fnd.publicKey())),
        ServiceabilityError.NOT_ALLOWED.code());
    matrix(
        payer2,
        p -> ops.accept(link, c2, s.z(), "Ethernet1", p),
        ops.accept(link, c2, foreign(s.z()), "Ethernet1", payer2.publicKey()),
        ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void rejectPendingAndRequested() {
    PublicKey link = pending(wan());
    matrix(
        fnd,
        p -> ops.reject(link, null, null, p),
        ops.reject(foreign(link), null, null, fnd.publicKey()),
        ServiceabilityError.NOT_ALLOWED);
    Sides s = dzx();
    PublicKey requested = ops.nextLinkPda();
    h.ok(
        fnd,
        ops.create(
            requested,
            c1,
            s.a(),
            s.z(),
            LinkOps.args("d", LinkLinkType.DZX, "Ethernet0", null, false),
            fnd.publicKey()));
    matrix(
        payer2,
        p -> ops.reject(requested, c2, s.z(), p),
        ops.reject(requested, foreign(c2), s.z(), payer2.publicKey()),
        ServiceabilityError.NOT_ALLOWED);
  }

  @Test
  void updateLinkAndSetHealth() {
    PublicKey link = pending(wan());
    matrix(
        fnd,
        p -> ops.status(link, c1, LinkStatus.PENDING, p),
        ops.status(foreign(link), c1, LinkStatus.PENDING, fnd.publicKey()),
        ServiceabilityError.NOT_ALLOWED);
    matrix(
        fnd,
        p -> ops.health(link, LinkHealth.IMPAIRED, p),
        ops.health(foreign(link), LinkHealth.IMPAIRED, fnd.publicKey()),
        ServiceabilityError.NOT_ALLOWED);
    // contributor B's path: a side Z owned by another program is InvalidAccountOwner (52), not a
    // panic
    Sides s = dzx();
    PublicKey dz = ops.nextLinkPda();
    h.ok(
        fnd,
        ops.create(
            dz,
            c1,
            s.a(),
            s.z(),
            LinkOps.args("d", LinkLinkType.DZX, "Ethernet0", null, false),
            fnd.publicKey()));
    assertCustom(
        h.fail(
            payer2,
            ops.update(
                dz,
                c2,
                foreign(s.z()),
                LinkOps.statusArgs(LinkStatus.REQUESTED),
                payer2.publicKey())),
        ServiceabilityError.INVALID_ACCOUNT_OWNER.code());
  }

  @Test
  void deleteLink() {
    for (boolean atomic : new boolean[] {false, true}) {
      PublicKey link = pending(wan());
      matrix(
          fnd,
          p -> ops.delete(link, c1, atomic, p),
          ops.delete(link, foreign(c1), atomic, fnd.publicKey()),
          ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    // the owner of another contributor may not delete contributor 1's link
    PublicKey link = pending(wan());
    assertCustom(
        h.fail(payer2, ops.delete(link, c2, false, payer2.publicKey())),
        ServiceabilityError.NOT_ALLOWED.code());
  }

  @Test
  void closeAccountLink() {
    for (boolean dealloc : new boolean[] {false, true}) {
      Sides s = wan();
      PublicKey link = pending(s);
      h.ok(fnd, ops.delete(link, c1, false, fnd.publicKey()));
      var l = h.account(link, doublezero.sdk.serviceability.state.Link.class);
      matrix(
          fnd,
          p -> ops.close(link, dealloc, p),
          ops.close(link, l.owner(), c1, foreign(s.a()), s.z(), dealloc, fnd.publicKey()),
          ServiceabilityError.NOT_ALLOWED);
    }
  }
}
