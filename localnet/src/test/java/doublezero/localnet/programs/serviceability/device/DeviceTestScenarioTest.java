package doublezero.localnet.programs.serviceability.device;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.*;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference `TST/device_test.rs`, scenario by scenario, through localnet over JSON-RPC.
class DeviceTestScenarioTest {
  @TempDir static Path dir;
  static ProgramHarness h;
  static DeviceFixtures fx;
  static Keypair owner;

  @BeforeAll
  static void start() {
    h = ProgramHarness.initialized(dir);
    fx = new DeviceFixtures(h);
    owner = h.funded();
  }

  @AfterAll
  static void stop() {
    h.close();
  }

  static Instruction closeAccount(PublicKey device, World w, PublicKey refund) {
    return DeviceInstructions.closeAccount(h, fx, device, w, refund);
  }

  static Instruction deleteLegacy(PublicKey device, PublicKey contributor, PublicKey payer) {
    return new DeleteDevice(0)
        .toInstruction(
            h.programId,
            new DeleteDevice.Accounts(
                device, contributor, h.globalState(), Optional.empty(), payer));
  }

  static Instruction deleteAtomic(
      PublicKey device, World w, PublicKey deviceOwner, PublicKey payer) {
    var res = fx.resources(device, 1);
    List<PublicKey> pools = new ArrayList<>(List.of(res.tunnelIds()));
    pools.addAll(res.dzPrefixBlocks());
    var teardown =
        new DeviceTeardownAccounts(
            w.location(),
            w.exchange(),
            new ResourceRefundAccounts(pools, List.of(deviceOwner, deviceOwner)),
            deviceOwner);
    return new DeleteDevice(2)
        .toInstruction(
            h.programId,
            new DeleteDevice.Accounts(
                device, w.contributor(), h.globalState(), Optional.of(teardown), payer));
  }

  @Test
  void testDevice() {
    World w = fx.world(owner.publicKey(), "1");
    U128 before = h.account(h.globalState(), GlobalState.class).accountIndex();
    PublicKey device = fx.nextDevicePda();
    h.ok(owner, fx.create(device, DeviceFixtures.createArgs("LA1-DZ01", 0), w, owner.publicKey()));

    Device d = h.account(device, Device.class);
    assertThat(d.code()).isEqualTo("la1-dz01");
    assertThat(d.status()).isEqualTo(DeviceStatus.PENDING);
    assertThat(d.owner()).isEqualTo(owner.publicKey());
    assertThat(d.index()).isEqualTo(before.increment());
    assertThat(d.deviceHealth()).isEqualTo(DeviceHealth.READY_FOR_USERS);
    assertThat(d.desiredStatus()).isEqualTo(DeviceDesiredStatus.ACTIVATED);
    assertThat(d.maxUsers()).isZero();
    assertThat(d.interfaces()).isEmpty();
    assertThat(h.account(h.globalState(), GlobalState.class).accountIndex())
        .isEqualTo(before.increment());
    assertThat(h.account(w.contributor(), Contributor.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.location(), Location.class).referenceCount()).isEqualTo(1);
    assertThat(h.account(w.exchange(), Exchange.class).referenceCount()).isEqualTo(1);
    assertThat(h.data(device).orElseThrow()).isEqualTo(d.encode());

    h.ok(h.foundation, fx.activate(device, 1, h.foundation.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);
    var res = fx.resources(device, 1);
    ResourceExtension tunnelIds = h.account(res.tunnelIds(), ResourceExtension.class);
    assertThat(tunnelIds.allocator()).isEqualTo(new Allocator.Id(500, 4596, 0));
    assertThat(tunnelIds.associatedWith()).isEqualTo(device);
    ResourceExtension block = h.account(res.dzPrefixBlocks().get(0), ResourceExtension.class);
    assertThat(block.allocatedCount()).isEqualTo(1);

    h.ok(
        h.foundation,
        new SetDeviceHealth(DeviceHealth.READY_FOR_LINKS)
            .toInstruction(
                h.programId,
                new DeviceAccounts(device, h.globalState(), h.foundation.publicKey())));
    assertThat(h.account(device, Device.class).deviceHealth())
        .isEqualTo(DeviceHealth.READY_FOR_LINKS);
    h.ok(
        h.foundation,
        new SetDeviceHealth(DeviceHealth.READY_FOR_USERS)
            .toInstruction(
                h.programId,
                new DeviceAccounts(device, h.globalState(), h.foundation.publicKey())));

    h.ok(
        owner,
        fx.update(
            new UpdateDeviceBuilder().code("la2-dz01").maxUsers(128).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            owner.publicKey()));
    d = h.account(device, Device.class);
    assertThat(d.code()).isEqualTo("la2-dz01");
    assertThat(d.maxUsers()).isEqualTo(128);

    h.ok(
        owner,
        fx.updateStatus(
            device, w.contributor(), w.location(), DeviceStatus.DRAINED, owner.publicKey()));
    h.ok(
        owner,
        fx.updateStatus(
            device, w.contributor(), w.location(), DeviceStatus.ACTIVATED, owner.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);
    // drain again with other arguments: a byte-identical transaction under the same blockhash would
    // be a duplicate
    h.ok(
        owner,
        fx.update(
            new UpdateDeviceBuilder().status(DeviceStatus.DRAINED).maxUsers(127).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            owner.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.DRAINED);
    h.ok(owner, deleteLegacy(device, w.contributor(), owner.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.DELETING);

    long ownerBefore = h.lamports(owner.publicKey());
    long freed =
        h.lamports(device) + h.lamports(res.tunnelIds()) + h.lamports(res.dzPrefixBlocks().get(0));
    h.ok(h.foundation, closeAccount(device, w, owner.publicKey()));
    assertThat(h.data(device)).isEmpty();
    assertThat(h.data(res.tunnelIds())).isEmpty();
    assertThat(h.lamports(owner.publicKey())).isEqualTo(ownerBefore + freed);
    assertThat(h.account(w.contributor(), Contributor.class).referenceCount()).isZero();
    assertThat(h.account(w.location(), Location.class).referenceCount()).isZero();
    assertThat(h.account(w.exchange(), Exchange.class).referenceCount()).isZero();
  }

  @Test
  void testDeviceUpdateMetricsPublisherByFoundationAllowlistAccount() {
    World w = fx.world(owner.publicKey(), "2");
    PublicKey device = fx.activeDevice(owner, w, "mp1");
    PublicKey publisher = Keypair.generate().publicKey();
    h.ok(
        h.foundation,
        fx.update(
            new UpdateDeviceBuilder().metricsPublisher(publisher).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            h.foundation.publicKey()));
    assertThat(h.account(device, Device.class).metricsPublisherPk()).isEqualTo(publisher);
  }

  @Test
  void testDeviceUpdateUserCountsByFoundation() {
    World w = fx.world(owner.publicKey(), "3");
    PublicKey device = fx.activeDevice(owner, w, "uc1");
    h.ok(
        h.foundation,
        fx.update(
            new UpdateDeviceBuilder().maxUsers(10).unicastUsersCount(5).usersCount(5).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            h.foundation.publicKey()));
    Device d = h.account(device, Device.class);
    assertThat(d.unicastUsersCount()).isEqualTo(5);
    assertThat(d.usersCount()).isEqualTo(5);
    // the write re-validates: max_users below users_count → 20
    assertError(
        h.fail(
            h.foundation,
            fx.update(
                new UpdateDeviceBuilder().maxUsers(4).build(),
                device,
                w.contributor(),
                w.location(),
                w.location(),
                h.foundation.publicKey())),
        ServiceabilityError.MAX_USERS_EXCEEDED);
  }

  @Test
  void testDeviceUpdateMulticastCountsByFoundationAndIgnoredForOthers() {
    World w = fx.world(owner.publicKey(), "4");
    PublicKey device = fx.activeDevice(owner, w, "mc1");
    h.ok(
        h.foundation,
        fx.update(
            new UpdateDeviceBuilder().multicastCounts(3, 2).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            h.foundation.publicKey()));
    Device d = h.account(device, Device.class);
    assertThat(d.multicastSubscribersCount()).isEqualTo(3);
    assertThat(d.multicastPublishersCount()).isEqualTo(2);
    h.ok(
        owner,
        fx.update(
            new UpdateDeviceBuilder().multicastCounts(9, 9).referenceCount(7).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            owner.publicKey()));
    Device after = h.account(device, Device.class);
    assertThat(after.multicastSubscribersCount()).isEqualTo(3);
    assertThat(after.multicastPublishersCount()).isEqualTo(2);
    assertThat(after.referenceCount()).isZero();
  }

  @Test
  void testDeleteDeviceFailsWithReferenceCountNotZero() {
    World w = fx.world(owner.publicKey(), "5");
    PublicKey device = fx.activeDevice(owner, w, "rc1");
    h.ok(
        h.foundation,
        fx.update(
            new UpdateDeviceBuilder().referenceCount(1).status(DeviceStatus.DRAINED).build(),
            device,
            w.contributor(),
            w.location(),
            w.location(),
            h.foundation.publicKey()));
    assertError(
        h.fail(owner, deleteLegacy(device, w.contributor(), owner.publicKey())),
        ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
    assertError(
        h.fail(owner, deleteAtomic(device, w, owner.publicKey(), owner.publicKey())),
        ServiceabilityError.REFERENCE_COUNT_NOT_ZERO);
  }

  @Test
  void testDeviceDeleteFromPendingAndDrained() {
    World w = fx.world(owner.publicKey(), "6");
    PublicKey pending = fx.nextDevicePda();
    h.ok(owner, fx.create(pending, DeviceFixtures.createArgs("pd1", 0), w, owner.publicKey()));
    h.ok(owner, deleteLegacy(pending, w.contributor(), owner.publicKey()));
    assertThat(h.account(pending, Device.class).status()).isEqualTo(DeviceStatus.DELETING);

    PublicKey active = fx.activeDevice(owner, w, "dr1");
    assertError(
        h.fail(owner, deleteLegacy(active, w.contributor(), owner.publicKey())),
        ServiceabilityError.INVALID_STATUS);
    h.ok(
        owner,
        fx.updateStatus(
            active, w.contributor(), w.location(), DeviceStatus.DRAINED, owner.publicKey()));
    h.ok(owner, deleteLegacy(active, w.contributor(), owner.publicKey()));
    assertThat(h.account(active, Device.class).status()).isEqualTo(DeviceStatus.DELETING);
  }

  @Test
  void testDeleteDeviceAtomicClose() {
    World w = fx.world(owner.publicKey(), "7");
    PublicKey device = fx.activeDevice(owner, w, "at1");
    h.ok(
        owner,
        fx.updateStatus(
            device, w.contributor(), w.location(), DeviceStatus.DRAINED, owner.publicKey()));
    var res = fx.resources(device, 1);
    long ownerBefore = h.lamports(owner.publicKey());
    long freed =
        h.lamports(device) + h.lamports(res.tunnelIds()) + h.lamports(res.dzPrefixBlocks().get(0));
    Keypair payer = h.foundation;
    h.ok(payer, deleteAtomic(device, w, owner.publicKey(), payer.publicKey()));
    assertThat(h.data(device)).isEmpty();
    assertThat(h.data(res.tunnelIds())).isEmpty();
    assertThat(h.data(res.dzPrefixBlocks().get(0))).isEmpty();
    assertThat(h.lamports(owner.publicKey())).isEqualTo(ownerBefore + freed);
    assertThat(h.account(w.contributor(), Contributor.class).referenceCount()).isZero();
    assertThat(h.account(w.location(), Location.class).referenceCount()).isZero();
    assertThat(h.account(w.exchange(), Exchange.class).referenceCount()).isZero();
  }

  @Test
  void testDeleteDeviceAtomicWrongAccountsAreRefusedInOrder() {
    World w = fx.world(owner.publicKey(), "8");
    World other = fx.world(owner.publicKey(), "9");
    PublicKey device = fx.activeDevice(owner, w, "at2");
    h.ok(
        owner,
        fx.updateStatus(
            device, w.contributor(), w.location(), DeviceStatus.DRAINED, owner.publicKey()));
    Instruction ok = deleteAtomic(device, w, owner.publicKey(), owner.publicKey());
    assertError(
        h.fail(owner, DeviceFixtures.replace(ok, 3, other.location())),
        ServiceabilityError.INVALID_LOCATION_PUBKEY);
    assertError(
        h.fail(owner, DeviceFixtures.replace(ok, 4, other.exchange())),
        ServiceabilityError.INVALID_EXCHANGE_PUBKEY);
    assertError(
        h.fail(owner, DeviceFixtures.replace(ok, 1, other.contributor())),
        ServiceabilityError.INVALID_CONTRIBUTOR_PUBKEY);
    assertError(
        h.fail(owner, DeviceFixtures.replace(ok, 9, h.foundation.publicKey())),
        ServiceabilityError.INVALID_OWNER_PUBKEY);
  }
}
