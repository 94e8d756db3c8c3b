package doublezero.localnet.programs.serviceability.device;

import static doublezero.localnet.programs.ProgramHarness.assertBuiltin;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static doublezero.localnet.programs.serviceability.device.DeviceFixtures.replace;
import static doublezero.localnet.programs.serviceability.device.DeviceFixtures.unsigned;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.*;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every device happy path tried (a) with the payer account not signing (another key pays the fee)
/// → panic, (b) with an account owned by another program in place of GlobalState (or the device),
/// and (c) by a payer outside the instruction's authority; each must fail with the reference's
/// error and leave every program account byte-identical (`h.fail`).
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger"
        + " (DeviceAuthorizationTest.start)")
class DeviceAuthorizationTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static DeviceFixtures fx;
  static Keypair owner;
  static Keypair outsider;
  static Keypair feePayer;
  static World w;
  static PublicKey foreignGlobalState;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new DeviceFixtures(h);
    owner = h.funded();
    outsider = h.funded();
    feePayer = h.funded();
    w = fx.world(owner.publicKey(), "az");
    foreignGlobalState = Keypair.generate().publicKey();
    h.seedRaw(
        foreignGlobalState,
        ProgramHarness.ENV.telemetryProgramId(),
        h.account(h.globalState(), GlobalState.class).encode());
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static void unsignedPanics(Instruction ix, PublicKey payer) {
    assertPanic(h.fail(feePayer, unsigned(ix, payer)));
  }

  @Test
  void createDevice() {
    PublicKey device = fx.nextDevicePda();
    var args = DeviceFixtures.createArgs("auth1", 0);
    unsignedPanics(fx.create(device, args, w, owner.publicKey()), owner.publicKey());
    assertPanic(
        h.fail(
            owner, replace(fx.create(device, args, w, owner.publicKey()), 4, foreignGlobalState)));
    assertError(
        h.fail(outsider, fx.create(device, args, w, outsider.publicKey())),
        ServiceabilityError.INVALID_OWNER_PUBKEY);
    assertError(
        h.fail(
            owner,
            fx.create(device, DeviceFixtures.createArgs("bad code", 0), w, owner.publicKey())),
        ServiceabilityError.INVALID_ACCOUNT_CODE);
    h.ok(owner, fx.create(device, args, w, owner.publicKey()));
  }

  @Test
  void activateAndRejectDevice() {
    PublicKey device = fx.nextDevicePda();
    h.ok(owner, fx.create(device, DeviceFixtures.createArgs("auth2", 0), w, owner.publicKey()));
    PublicKey f = h.foundation.publicKey();
    unsignedPanics(fx.activate(device, 1, f), f);
    assertBuiltin(
        h.fail(h.foundation, replace(fx.activate(device, 1, f), 1, foreignGlobalState)),
        "IncorrectProgramId");
    assertError(
        h.fail(outsider, fx.activate(device, 1, outsider.publicKey())),
        ServiceabilityError.NOT_ALLOWED);
    assertPanic(
        h.fail(
            h.foundation,
            new ActivateDevice(1)
                .toInstruction(
                    h.programId,
                    new ActivateDevice.Accounts(
                        device, h.globalState(), h.globalConfig(), fx.resources(device, 0), f))));

    Instruction reject =
        new RejectDevice("r")
            .toInstruction(h.programId, new DeviceAccounts(device, h.globalState(), f));
    unsignedPanics(reject, f);
    assertPanic(h.fail(h.foundation, replace(reject, 1, foreignGlobalState)));
    assertError(
        h.fail(
            outsider,
            new RejectDevice("r")
                .toInstruction(
                    h.programId,
                    new DeviceAccounts(device, h.globalState(), outsider.publicKey()))),
        ServiceabilityError.NOT_ALLOWED);
    // the contributor owner is not the foundation either
    assertError(
        h.fail(
            owner,
            new RejectDevice("r")
                .toInstruction(
                    h.programId, new DeviceAccounts(device, h.globalState(), owner.publicKey()))),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, fx.activate(device, 1, f));
  }

  @Test
  void updateDeleteCloseAndHealth() {
    PublicKey device = fx.activeDevice(owner, w, "auth3");
    Instruction drain =
        fx.updateStatus(
            device, w.contributor(), w.location(), DeviceStatus.DRAINED, owner.publicKey());
    unsignedPanics(drain, owner.publicKey());
    assertPanic(h.fail(owner, replace(drain, 4, foreignGlobalState)));
    assertError(
        h.fail(
            outsider,
            fx.updateStatus(
                device, w.contributor(), w.location(), DeviceStatus.DRAINED, outsider.publicKey())),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(owner, drain);

    Instruction health =
        new SetDeviceHealth(DeviceHealth.IMPAIRED)
            .toInstruction(
                h.programId, new DeviceAccounts(device, h.globalState(), h.foundation.publicKey()));
    unsignedPanics(health, h.foundation.publicKey());
    assertPanic(h.fail(h.foundation, replace(health, 1, foreignGlobalState)));
    assertError(
        h.fail(
            owner,
            new SetDeviceHealth(DeviceHealth.IMPAIRED)
                .toInstruction(
                    h.programId, new DeviceAccounts(device, h.globalState(), owner.publicKey()))),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, health);

    Instruction delete =
        new DeleteDevice(0)
            .toInstruction(
                h.programId,
                new DeleteDevice.Accounts(
                    device, w.contributor(), h.globalState(), Optional.empty(), owner.publicKey()));
    unsignedPanics(delete, owner.publicKey());
    assertPanic(h.fail(owner, replace(delete, 2, foreignGlobalState)));
    assertError(
        h.fail(
            outsider,
            new DeleteDevice(0)
                .toInstruction(
                    h.programId,
                    new DeleteDevice.Accounts(
                        device,
                        w.contributor(),
                        h.globalState(),
                        Optional.empty(),
                        outsider.publicKey()))),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(owner, delete);

    Instruction close = DeviceInstructions.closeAccount(h, fx, device, w, owner.publicKey());
    unsignedPanics(close, h.foundation.publicKey());
    assertPanic(h.fail(h.foundation, replace(close, 5, foreignGlobalState)));
    assertError(
        h.fail(outsider, replace(close, close.accounts().size() - 2, outsider.publicKey())),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, close);
  }
}
