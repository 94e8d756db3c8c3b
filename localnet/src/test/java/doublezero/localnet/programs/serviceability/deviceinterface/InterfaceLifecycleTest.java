package doublezero.localnet.programs.serviceability.deviceinterface;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static doublezero.localnet.programs.serviceability.device.DeviceFixtures.replace;
import static doublezero.localnet.programs.serviceability.device.DeviceFixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The interface lifecycle of `serviceability-instructions.md` §4.8 from every status (reached with
/// the unrestricted UpdateDeviceInterface(status)): Activate, Reject, Unlink, Delete (legacy) and
/// Remove, each allowed or refused with InvalidStatus (7); plus the signer / foreign-account /
/// authority matrix of every interface instruction.
class InterfaceLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static InterfaceFixtures ix;
  static Keypair owner;
  static World w;
  static PublicKey device;
  static final AtomicInteger port = new AtomicInteger(1);

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    DeviceFixtures fx = new DeviceFixtures(h);
    ix = new InterfaceFixtures(h);
    owner = h.funded();
    w = fx.world(owner.publicKey(), "il");
    device = fx.activeDevice(owner, w, "il1");
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static String interfaceIn(InterfaceStatus status) {
    String name = "Ethernet" + port.getAndIncrement();
    h.ok(owner, ix.physical(device, w.contributor(), name, owner.publicKey()));
    h.ok(
        owner,
        ix.update(
            device,
            w.contributor(),
            InterfaceFixtures.status(name, status),
            false,
            owner.publicKey()));
    assertThat(ix.iface(device, name).status()).isEqualTo(status);
    return name;
  }

  private static void expect(
      Keypair payer, Instruction i, boolean allowed, String name, InterfaceStatus to) {
    if (allowed) {
      h.ok(payer, i);
      if (to == null) {
        assertThat(h.account(device, Device.class).interfaces())
            .noneMatch(x -> x.toCurrentVersion().name().equals(name));
      } else {
        assertThat(ix.iface(device, name).status()).isEqualTo(to);
      }
    } else {
      assertError(h.fail(payer, i), ServiceabilityError.INVALID_STATUS);
    }
  }

  @ParameterizedTest
  @EnumSource(InterfaceStatus.class)
  void everyTransitionFrom(InterfaceStatus from) {
    PublicKey f = h.foundation.publicKey();
    String a = interfaceIn(from);
    expect(
        h.foundation,
        ix.activate(device, a, NetworkV4.DEFAULT, 0, false, f),
        Set.of(InterfaceStatus.PENDING, InterfaceStatus.UNLINKED).contains(from),
        a,
        InterfaceStatus.ACTIVATED);
    String r = interfaceIn(from);
    expect(
        h.foundation,
        ix.reject(device, r, f),
        from == InterfaceStatus.PENDING,
        r,
        InterfaceStatus.REJECTED);
    String u = interfaceIn(from);
    expect(
        h.foundation,
        ix.unlink(device, u, Optional.empty(), f),
        Set.of(InterfaceStatus.PENDING, InterfaceStatus.ACTIVATED).contains(from),
        u,
        InterfaceStatus.UNLINKED);
    String d = interfaceIn(from);
    expect(
        owner,
        ix.delete(device, w.contributor(), d, false, owner.publicKey()),
        Set.of(InterfaceStatus.ACTIVATED, InterfaceStatus.UNLINKED).contains(from),
        d,
        InterfaceStatus.DELETING);
    String m = interfaceIn(from);
    expect(h.foundation, ix.remove(device, m, false, f), from == InterfaceStatus.DELETING, m, null);
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger"
          + " (InterfaceLifecycleTest.signerOwnerAndAuthorityMatrix)")
  @Test
  void signerOwnerAndAuthorityMatrix() {
    Keypair outsider = h.funded();
    Keypair fee = h.funded();
    PublicKey foreign = Keypair.generate().publicKey();
    h.seedRaw(
        foreign,
        ProgramHarness.ENV.telemetryProgramId(),
        h.account(h.globalState(), GlobalState.class).encode());
    PublicKey o = owner.publicKey();
    PublicKey f = h.foundation.publicKey();
    PublicKey x = outsider.publicKey();

    // contributor-owner instructions: Create (outsider → 1), Update and Delete (outsider → 8)
    assertPanic(h.fail(fee, unsigned(ix.physical(device, w.contributor(), "Ethernet90", o), o)));
    assertPanic(
        h.fail(owner, replace(ix.physical(device, w.contributor(), "Ethernet90", o), 2, foreign)));
    assertError(
        h.fail(outsider, ix.physical(device, w.contributor(), "Ethernet90", x)),
        ServiceabilityError.INVALID_OWNER_PUBKEY);
    h.ok(owner, ix.physical(device, w.contributor(), "Ethernet90", o));
    Instruction upd =
        ix.update(device, w.contributor(), InterfaceFixtures.mtu("Ethernet90", 1400), false, o);
    assertPanic(h.fail(fee, unsigned(upd, o)));
    assertPanic(h.fail(owner, replace(upd, 2, foreign)));
    assertError(
        h.fail(
            outsider,
            ix.update(
                device, w.contributor(), InterfaceFixtures.mtu("Ethernet90", 1400), false, x)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(owner, upd);

    // activator instructions: Activate, Reject, Unlink, Remove (foreign GlobalState →
    // IncorrectProgramId or panic)
    Instruction act = ix.activate(device, "Ethernet90", NetworkV4.DEFAULT, 0, false, f);
    assertPanic(h.fail(fee, unsigned(act, f)));
    assertBuiltin(h.fail(h.foundation, replace(act, 1, foreign)), "IncorrectProgramId");
    assertError(
        h.fail(owner, ix.activate(device, "Ethernet90", NetworkV4.DEFAULT, 0, false, o)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(owner, ix.physical(device, w.contributor(), "Ethernet91", o));
    Instruction rej = ix.reject(device, "Ethernet91", f);
    assertPanic(h.fail(fee, unsigned(rej, f)));
    assertBuiltin(h.fail(h.foundation, replace(rej, 1, foreign)), "IncorrectProgramId");
    assertError(h.fail(owner, ix.reject(device, "Ethernet91", o)), ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, rej);
    h.ok(h.foundation, act);
    Instruction unl = ix.unlink(device, "Ethernet90", Optional.empty(), f);
    assertPanic(h.fail(fee, unsigned(unl, f)));
    assertBuiltin(h.fail(h.foundation, replace(unl, 1, foreign)), "IncorrectProgramId");
    assertError(
        h.fail(owner, ix.unlink(device, "Ethernet90", Optional.empty(), o)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, unl);
    Instruction del = ix.delete(device, w.contributor(), "Ethernet90", false, o);
    assertPanic(h.fail(fee, unsigned(del, o)));
    assertPanic(h.fail(owner, replace(del, 2, foreign)));
    assertError(
        h.fail(outsider, ix.delete(device, w.contributor(), "Ethernet90", false, x)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(owner, del);
    Instruction rem = ix.remove(device, "Ethernet90", false, f);
    assertPanic(h.fail(fee, unsigned(rem, f)));
    assertPanic(h.fail(h.foundation, replace(rem, 1, foreign)));
    assertError(
        h.fail(owner, ix.remove(device, "Ethernet90", false, o)), ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, rem);
  }
}
