package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every happy path of the multicast area tried (a) with the payer's account meta not signing (the
/// fee payer is another funded key): panic; (b) with the program-owned account the processor checks
/// replaced by a copy owned by another program: panic; (c) with a payer outside the authority the
/// reference checks: its error. Each failure also proves, through [ProgramHarness#fail], that no
/// program account changed.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger"
        + " (MulticastFixture.seedAccessPass)")
class MulticastAuthorizationMatrixTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static MulticastFixture f;

  /// One instruction's preconditions: which account the owner check targets, how to build the
  /// instruction for a payer, and what an outsider gets.
  record Case(
      String name,
      PublicKey checked,
      BiFunction<Keypair, PublicKey, Instruction> build,
      Consumer<TransactionError> outsider) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    f = new MulticastFixture(h);
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static Consumer<TransactionError> notAllowed() {
    return e -> assertError(e, ServiceabilityError.NOT_ALLOWED);
  }

  static Stream<Arguments> cases() {
    PublicKey me = h.foundation.publicKey();
    PublicKey pending = f.createGroup("m-pending", me);
    PublicKey active = f.activeGroup("m-active", me, "224.0.0.1");
    PublicKey suspended = f.activeGroup("m-suspended", me, "224.0.0.2");
    h.ok(h.foundation, f.suspend(suspended, h.foundation));
    PublicKey deleting = f.activeGroup("m-deleting", me, "224.0.0.3");
    h.ok(h.foundation, f.delete(deleting, h.foundation));
    Ipv4Address ip = Ipv4Address.parse("100.0.0.50");
    PublicKey pass = f.seedAccessPass(ip, me, 9999, false, me);
    h.ok(
        h.foundation,
        f.addPub(active, ip, me, h.foundation),
        f.addSub(active, ip, me, h.foundation));
    PublicKey user = f.seedActivatedUser(ip, me, pass, Keypair.generate().publicKey());
    UpdateMulticastGroup bw =
        new UpdateMulticastGroup(
            Optional.empty(),
            Optional.empty(),
            Optional.of(5L),
            Optional.empty(),
            Optional.empty(),
            false);
    List<Case> all =
        List.of(
            new Case(
                "CreateMulticastGroup",
                h.globalState(),
                (p, gs) ->
                    swapped(
                        f.create(f.nextGroup(), "m-new", 1000, me, false, p), h.globalState(), gs),
                notAllowed()),
            new Case(
                "ActivateMulticastGroup",
                pending,
                (p, g) -> f.activate(g, "224.0.0.9", p),
                notAllowed()),
            new Case("RejectMulticastGroup", pending, (p, g) -> f.reject(g, p), notAllowed()),
            new Case("UpdateMulticastGroup", active, (p, g) -> f.update(g, bw, p), notAllowed()),
            new Case("SuspendMulticastGroup", active, (p, g) -> f.suspend(g, p), notAllowed()),
            new Case(
                "ReactivateMulticastGroup", suspended, (p, g) -> f.reactivate(g, p), notAllowed()),
            new Case("DeleteMulticastGroup", active, (p, g) -> f.delete(g, p), notAllowed()),
            new Case(
                "DeactivateMulticastGroup",
                deleting,
                (p, g) -> f.deactivate(g, me, false, p),
                notAllowed()),
            new Case(
                "AddMulticastGroupPubAllowlist",
                active,
                (p, g) -> swapped(f.addPub(active, ip, me, p), active, g),
                notAllowed()),
            new Case(
                "RemoveMulticastGroupPubAllowlist",
                active,
                (p, g) -> swapped(f.removePub(active, ip, me, p), active, g),
                notAllowed()),
            new Case(
                "AddMulticastGroupSubAllowlist",
                active,
                (p, g) -> swapped(f.addSub(active, ip, me, p), active, g),
                notAllowed()),
            new Case(
                "RemoveMulticastGroupSubAllowlist",
                active,
                (p, g) -> swapped(f.removeSub(active, ip, me, p), active, g),
                notAllowed()),
            // the pass is PDA(client_ip, payer): a payer that does not hold it fails the PDA assert
            new Case(
                "SubscribeMulticastGroup",
                user,
                (p, u) -> f.subscribe(active, pass, u, false, true, false, p),
                ProgramHarness::assertPanic));
    return all.stream().map(Arguments::of);
  }

  private static Instruction swapped(Instruction ix, PublicKey from, PublicKey to) {
    return from.equals(to) ? ix : MulticastFixture.swap(ix, from, to);
  }

  @ParameterizedTest(name = "{0}: missing signer")
  @MethodSource("cases")
  void missingSigner(Case c) {
    Keypair fee = h.funded();
    Instruction ix =
        MulticastFixture.unsigned(
            c.build().apply(h.foundation, c.checked()), h.foundation.publicKey());
    assertPanic(h.fail(fee, ix));
  }

  @ParameterizedTest(name = "{0}: account owned by another program")
  @MethodSource("cases")
  void wrongOwner(Case c) {
    PublicKey foreign = f.foreignCopy(c.checked(), ProgramHarness.ENV.telemetryProgramId());
    assertPanic(h.fail(h.foundation, c.build().apply(h.foundation, foreign)));
  }

  @ParameterizedTest(name = "{0}: payer outside the authority")
  @MethodSource("cases")
  void outsider(Case c) {
    Keypair outsider = h.funded();
    c.outsider().accept(h.fail(outsider, c.build().apply(outsider, c.checked())));
  }
}
