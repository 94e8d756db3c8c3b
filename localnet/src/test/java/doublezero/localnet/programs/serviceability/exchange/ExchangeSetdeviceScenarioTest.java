package doublezero.localnet.programs.serviceability.exchange;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.global.AdminFixtures;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetDeviceExchange;
import doublezero.sdk.serviceability.instruction.SetDeviceOption;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Reference `TST/exchange_setdevice.rs` (location, exchange and contributor by instruction; the
/// device seeded by [DeviceFixture]), extended with every SetDeviceExchange error and its
/// signer/owner/allowlist matrix.
@NeedsLedgerInternals(
    "seeded accounts: writes fixture accounts straight into the ledger"
        + " (DeviceFixture.seedActivatedDevice)")
class ExchangeSetdeviceScenarioTest {
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

  static Instruction set(
      PublicKey exchange, PublicKey device, int index, SetDeviceOption option, Keypair payer) {
    return new SetDeviceExchange(index, option)
        .toInstruction(
            h.programId,
            new SetDeviceExchange.Accounts(exchange, device, h.globalState(), payer.publicKey()));
  }

  @Test
  void exchangeSetdevice() {
    PublicKey contributor = AdminFixtures.createContributor(h, h.foundation.publicKey(), "cont");
    assertThat(h.account(contributor, Contributor.class).referenceCount()).isZero();
    PublicKey location = AdminFixtures.createLocation(h, "la");
    PublicKey exchange = AdminFixtures.createExchange(h, "la");
    PublicKey device = DeviceFixture.seedActivatedDevice(h, contributor, location, exchange);
    assertThat(h.account(contributor, Contributor.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(location, Location.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(exchange, Exchange.class).referenceCount()).isEqualTo(1);

    h.ok(h.foundation, set(exchange, device, 1, SetDeviceOption.SET, h.foundation));
    Exchange ex = h.account(exchange, Exchange.class);
    assertThat(ex.device1Pk()).isEqualTo(device);
    assertThat(ex.device2Pk()).isEqualTo(PublicKey.DEFAULT);
    assertThat(h.account(device, Device.class).referenceCount()).isEqualTo(1);
  }

  @Test
  void everySlotRuleAndReferenceCount() {
    PublicKey device = DeviceFixture.seedActivatedDevice(h);
    PublicKey exchange = h.account(device, Device.class).exchangePk();
    PublicKey other = DeviceFixture.seedActivatedDevice(h);
    assertError(
        h.fail(h.foundation, set(exchange, device, 1, SetDeviceOption.REMOVE, h.foundation)),
        ServiceabilityError.DEVICE_NOT_SET);
    assertError(
        h.fail(h.foundation, set(exchange, device, 3, SetDeviceOption.SET, h.foundation)),
        ServiceabilityError.INVALID_INDEX);
    assertError(
        h.fail(h.foundation, set(exchange, device, 0, SetDeviceOption.REMOVE, h.foundation)),
        ServiceabilityError.INVALID_INDEX);
    h.ok(h.foundation, set(exchange, device, 1, SetDeviceOption.SET, h.foundation));
    assertError(
        h.fail(h.foundation, set(exchange, other, 1, SetDeviceOption.SET, h.foundation)),
        ServiceabilityError.DEVICE_ALREADY_SET);
    // The same device in both slots is refused by the Exchange rules, after the Device was written.
    assertError(
        h.fail(h.foundation, set(exchange, device, 2, SetDeviceOption.SET, h.foundation)),
        ServiceabilityError.INVALID_DEVICE_PUBKEY);
    h.ok(h.foundation, set(exchange, other, 2, SetDeviceOption.SET, h.foundation));
    assertThat(h.account(exchange, Exchange.class).device2Pk()).isEqualTo(other);
    assertThat(h.account(other, Device.class).referenceCount()).isEqualTo(1);
    // Remove does not check which device is in the slot: the passed device's count drops
    // (saturating at 0).
    h.ok(h.foundation, set(exchange, other, 1, SetDeviceOption.REMOVE, h.foundation));
    assertThat(h.account(exchange, Exchange.class).device1Pk()).isEqualTo(PublicKey.DEFAULT);
    assertThat(h.account(other, Device.class).referenceCount()).isZero();
    assertThat(h.account(device, Device.class).referenceCount()).isEqualTo(1);
    h.ok(h.foundation, set(exchange, other, 2, SetDeviceOption.REMOVE, h.foundation));
    assertThat(h.account(other, Device.class).referenceCount()).isZero();
    assertError(
        h.fail(h.foundation, set(exchange, device, 2, SetDeviceOption.REMOVE, h.foundation)),
        ServiceabilityError.DEVICE_NOT_SET);
  }

  @Test
  void signerOwnerAndAllowlistMatrix() {
    PublicKey device = DeviceFixture.seedActivatedDevice(h);
    PublicKey exchange = h.account(device, Device.class).exchangePk();
    Keypair outsider = h.funded();
    Instruction ok = set(exchange, device, 1, SetDeviceOption.SET, h.foundation);
    assertPanic(h.fail(outsider, AdminFixtures.unsigned(ok, h.foundation.publicKey())));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(ok, exchange, AdminFixtures.foreignCopy(h, exchange))));
    assertPanic(
        h.fail(
            h.foundation, AdminFixtures.replace(ok, device, AdminFixtures.foreignCopy(h, device))));
    assertPanic(
        h.fail(
            h.foundation,
            AdminFixtures.replace(
                ok, h.globalState(), AdminFixtures.foreignCopy(h, h.globalState()))));
    assertError(
        h.fail(outsider, set(exchange, device, 1, SetDeviceOption.SET, outsider)),
        ServiceabilityError.NOT_ALLOWED);
    h.ok(h.foundation, ok);
  }
}
