package doublezero.localnet.programs.serviceability.device;

import static doublezero.localnet.programs.ProgramHarness.assertCustom;
import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.instruction.DeviceAccounts;
import doublezero.sdk.serviceability.instruction.RejectDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The device lifecycle of `serviceability-instructions.md` §4.1, from every status: which of
/// ActivateDevice, RejectDevice, a contributor owner's UpdateDevice(status), DeleteDevice (legacy)
/// and CloseAccountDevice are allowed, and the error of each forbidden one. Each status is reached
/// with the foundation's unrestricted UpdateDevice(status).
class DeviceLifecycleTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static DeviceFixtures fx;
  static Keypair owner;
  static World w;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new DeviceFixtures(h);
    owner = h.funded();
    w = fx.world(owner.publicKey(), "lc");
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  private static PublicKey deviceIn(DeviceStatus status) {
    PublicKey device = fx.nextDevicePda();
    h.ok(
        owner,
        fx.create(
            device,
            DeviceFixtures.createArgs("d" + device.toBase58().substring(0, 8), 0),
            w,
            owner.publicKey()));
    if (status != DeviceStatus.PENDING) {
      h.ok(
          h.foundation,
          fx.updateStatus(device, w.contributor(), w.location(), status, h.foundation.publicKey()));
    }
    assertThat(h.account(device, Device.class).status()).isEqualTo(status);
    return device;
  }

  @ParameterizedTest
  @EnumSource(DeviceStatus.class)
  void activateOnlyFromPending(DeviceStatus from) {
    PublicKey device = deviceIn(from);
    var ix = fx.activate(device, 1, h.foundation.publicKey());
    if (from == DeviceStatus.PENDING) {
      h.ok(h.foundation, ix);
      assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);
    } else {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
    }
  }

  @ParameterizedTest
  @EnumSource(DeviceStatus.class)
  void rejectOnlyFromPending(DeviceStatus from) {
    PublicKey device = deviceIn(from);
    var ix =
        new RejectDevice("no")
            .toInstruction(
                h.programId, new DeviceAccounts(device, h.globalState(), h.foundation.publicKey()));
    if (from == DeviceStatus.PENDING) {
      h.ok(h.foundation, ix);
      assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.REJECTED);
    } else {
      assertError(h.fail(h.foundation, ix), ServiceabilityError.INVALID_STATUS);
    }
  }

  @ParameterizedTest
  @EnumSource(DeviceStatus.class)
  void contributorOwnerMayOnlyToggleActivatedAndDrained(DeviceStatus from) {
    PublicKey device = deviceIn(from);
    for (DeviceStatus to : DeviceStatus.values()) {
      var ix = fx.updateStatus(device, w.contributor(), w.location(), to, owner.publicKey());
      boolean allowed =
          (from == DeviceStatus.ACTIVATED && to == DeviceStatus.DRAINED)
              || (from == DeviceStatus.DRAINED && to == DeviceStatus.ACTIVATED);
      if (allowed) {
        h.ok(owner, ix);
        assertThat(h.account(device, Device.class).status()).isEqualTo(to);
        h.ok(
            owner, fx.updateStatus(device, w.contributor(), w.location(), from, owner.publicKey()));
      } else {
        assertError(h.fail(owner, ix), ServiceabilityError.NOT_ALLOWED);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DeviceStatus.class)
  void deleteExceptActivatedOrDeletingThenCloseOnlyFromDeleting(DeviceStatus from) {
    PublicKey device = deviceIn(from);
    var close = DeviceInstructions.closeLegacy(h, fx, device, w, owner.publicKey());
    if (from != DeviceStatus.DELETING) {
      // another refund target than the successful close below: no byte-identical duplicate
      // transaction
      assertCustom(
          h.fail(
              h.foundation,
              DeviceInstructions.closeLegacy(h, fx, device, w, h.foundation.publicKey())),
          1);
    }
    var delete =
        new DeleteDevice(0)
            .toInstruction(
                h.programId,
                new DeleteDevice.Accounts(
                    device, w.contributor(), h.globalState(), Optional.empty(), owner.publicKey()));
    if (from == DeviceStatus.ACTIVATED || from == DeviceStatus.DELETING) {
      assertError(h.fail(owner, delete), ServiceabilityError.INVALID_STATUS);
    } else {
      h.ok(owner, delete);
      assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.DELETING);
    }
    if (from != DeviceStatus.ACTIVATED) {
      h.ok(h.foundation, close);
      assertThat(h.data(device)).isEmpty();
    }
  }
}
