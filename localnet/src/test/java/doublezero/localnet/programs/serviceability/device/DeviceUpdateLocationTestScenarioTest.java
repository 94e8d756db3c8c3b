package doublezero.localnet.programs.serviceability.device;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteDevice;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference `TST/device_update_location_test.rs`.
class DeviceUpdateLocationTestScenarioTest {
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

  @Test
  void deviceUpdateLocationTest() {
    DeviceFixtures fx = new DeviceFixtures(h);
    Keypair owner = h.funded();
    World w = fx.world(owner.publicKey(), "1");
    PublicKey second = fx.location("ny");
    PublicKey device = fx.activeDevice(owner, w, "mv1");
    assertThat(h.account(w.location(), Location.class).referenceCount()).isEqualTo(1);

    h.ok(
        owner,
        fx.update(
            new UpdateDeviceBuilder().build(),
            device,
            w.contributor(),
            w.location(),
            second,
            owner.publicKey()));
    assertThat(h.account(device, Device.class).locationPk()).isEqualTo(second);
    assertThat(h.account(w.location(), Location.class).referenceCount()).isZero();
    assertThat(h.account(second, Location.class).referenceCount()).isEqualTo(1);

    // the device is no longer at the first location: moving "from" it again fails (other args than
    // the move
    // above, so the transaction is not a byte-identical duplicate within the same blockhash)
    assertError(
        h.fail(
            owner,
            fx.update(
                new UpdateDeviceBuilder().code("mv2").build(),
                device,
                w.contributor(),
                w.location(),
                second,
                owner.publicKey())),
        ServiceabilityError.INVALID_ACTUAL_LOCATION);

    h.ok(
        owner,
        fx.updateStatus(device, w.contributor(), second, DeviceStatus.DRAINED, owner.publicKey()));
    h.ok(
        owner,
        new DeleteDevice(0)
            .toInstruction(
                h.programId,
                new DeleteDevice.Accounts(
                    device,
                    w.contributor(),
                    h.globalState(),
                    Optional.empty(),
                    owner.publicKey())));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.DELETING);
  }
}
