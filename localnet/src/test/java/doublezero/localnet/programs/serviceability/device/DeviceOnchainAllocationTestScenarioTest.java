package doublezero.localnet.programs.serviceability.device;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.device.DeviceFixtures.World;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeviceAllocationAccounts;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The reference `TST/device_onchain_allocation_test.rs` (atomic CreateDevice), plus the
/// DzPrefixBlock lifecycle of UpdateDevice from `TST/resource_test.rs`
/// (`test_device_update_dz_prefixes_shrink_closes_orphaned_blocks`).
@NeedsLedgerInternals(
    "ledger-wide state: toggles the OnChainAllocation feature flag, which every other test on the"
        + " ledger would see, and expects pool allocations from a fresh GlobalConfig")
class DeviceOnchainAllocationTestScenarioTest {
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

  @Test
  void atomicCreateActivatesAndCreatesThePools() {
    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    World w = fx.world(owner.publicKey(), "a");
    PublicKey device = fx.nextDevicePda();
    h.ok(owner, fx.create(device, DeviceFixtures.createArgs("atomic1", 2), w, owner.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.ACTIVATED);
    var res = fx.resources(device, 1);
    assertThat(h.account(res.tunnelIds(), ResourceExtension.class).allocator())
        .isEqualTo(new Allocator.Id(500, 4596, 0));
    ResourceExtension block = h.account(res.dzPrefixBlocks().get(0), ResourceExtension.class);
    assertThat(block.allocator()).isEqualTo(new Allocator.Ip(NetworkV4.parse("110.1.0.0/24"), 0));
    assertThat(block.allocatedIndices()).containsExactly(0);
    assertThat(h.account(w.contributor(), Contributor.class).referenceCount()).isEqualTo(1);
  }

  @Test
  void backwardCompatibleCreateIsPending() {
    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    World w = fx.world(owner.publicKey(), "b");
    PublicKey device = fx.nextDevicePda();
    h.ok(owner, fx.create(device, DeviceFixtures.createArgs("legacy1", 0), w, owner.publicKey()));
    assertThat(h.account(device, Device.class).status()).isEqualTo(DeviceStatus.PENDING);
    assertThat(h.data(fx.resources(device, 1).tunnelIds())).isEmpty();
  }

  @Test
  void featureFlagDisabledGives84AndTooFewPoolsPanics() {
    fx.featureFlags(FeatureFlags.NONE);
    World w = fx.world(owner.publicKey(), "c");
    PublicKey device = fx.nextDevicePda();
    assertError(
        h.fail(
            owner, fx.create(device, DeviceFixtures.createArgs("off1", 2), w, owner.publicKey())),
        ServiceabilityError.FEATURE_NOT_ENABLED);
    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    assertPanic(
        h.fail(
            owner, fx.create(device, DeviceFixtures.createArgs("off1", 1), w, owner.publicKey())));
  }

  @Test
  void multipleDzPrefixesGetOneBlockEach() {
    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    World w = fx.world(owner.publicKey(), "d");
    PublicKey device = fx.nextDevicePda();
    h.ok(
        owner,
        fx.create(
            device,
            DeviceFixtures.createArgs("multi1", 3, "110.2.0.0/24", "110.3.0.0/28"),
            w,
            owner.publicKey()));
    var res = fx.resources(device, 2);
    assertThat(h.account(res.dzPrefixBlocks().get(1), ResourceExtension.class).allocator())
        .isEqualTo(new Allocator.Ip(NetworkV4.parse("110.3.0.0/28"), 0));
  }

  @Test
  void updateDzPrefixesGrowsThenShrinkClosesTheOrphan() {
    fx.featureFlags(FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION));
    World w = fx.world(owner.publicKey(), "e");
    PublicKey device = fx.activeDevice(owner, w, "grow1");
    var two = fx.resources(device, 2);
    var grow =
        new UpdateDeviceBuilder()
            .dzPrefixes(
                List.of(NetworkV4.parse("110.1.0.0/24"), NetworkV4.parse("110.9.0.0/24")), 3)
            .build();
    h.ok(
        owner,
        grow.toInstruction(
            h.programId,
            new UpdateDevice.Accounts(
                device,
                w.contributor(),
                w.location(),
                w.location(),
                h.globalState(),
                Optional.of(new DeviceAllocationAccounts(h.globalConfig(), two)),
                owner.publicKey())));
    assertThat(h.account(device, Device.class).dzPrefixes()).hasSize(2);
    assertThat(h.account(two.dzPrefixBlocks().get(1), ResourceExtension.class).allocatedIndices())
        .containsExactly(0);

    long payerBefore = h.lamports(owner.publicKey());
    long orphan = h.lamports(two.dzPrefixBlocks().get(1));
    var shrink =
        new UpdateDeviceBuilder().dzPrefixes(List.of(NetworkV4.parse("110.1.0.0/24")), 3).build();
    String sig =
        h.ok(
            owner,
            shrink.toInstruction(
                h.programId,
                new UpdateDevice.Accounts(
                    device,
                    w.contributor(),
                    w.location(),
                    w.location(),
                    h.globalState(),
                    Optional.of(new DeviceAllocationAccounts(h.globalConfig(), two)),
                    owner.publicKey())));
    assertThat(sig).isNotBlank();
    assertThat(h.data(two.dzPrefixBlocks().get(1))).isEmpty();
    assertThat(h.lamports(owner.publicKey())).isEqualTo(payerBefore + orphan - 5000);
    // dz_prefixes without GlobalConfig and pools panics
    assertPanic(
        h.fail(
            owner,
            new UpdateDeviceBuilder()
                .dzPrefixes(List.of(NetworkV4.parse("110.1.0.0/24")), 0)
                .build()
                .toInstruction(
                    h.programId,
                    new UpdateDevice.Accounts(
                        device,
                        w.contributor(),
                        w.location(),
                        w.location(),
                        h.globalState(),
                        Optional.empty(),
                        owner.publicKey()))));
  }
}
