package doublezero.localnet.programs.serviceability.multicast;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateMulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Mirrors `TST/multicastgroup_onchain_allocation_test.rs` (§8, §6.3): atomic create/update/delete
/// against the MulticastGroupBlock pool (239.0.0.0/24 in the harness), with the pool's allocated
/// count checked after each step.
@NeedsLedgerInternals(
    "ledger-wide state: toggles the OnChainAllocation feature flag, which every other test on the"
        + " ledger would see, and expects pool allocations from a fresh GlobalConfig")
class MulticastgroupOnchainAllocationTestScenarioTest {
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

  @BeforeEach
  void flagOff() {
    f.onChainAllocation(false);
  }

  private long allocated() {
    return f.pool(f.groupBlock()).allocatedCount();
  }

  private PublicKey atomicGroup(PublicKey owner) {
    PublicKey g = f.nextGroup();
    h.ok(h.foundation, f.create(g, "mg1", 1000, owner, true, h.foundation));
    return g;
  }

  @Test
  void testCreateMulticastgroupAtomicWithOnchainAllocation() {
    f.onChainAllocation(true);
    long before = allocated();
    PublicKey owner = Keypair.generate().publicKey();
    MulticastGroup mg = f.group(atomicGroup(owner));
    assertThat(mg.status()).isEqualTo(MulticastGroupStatus.ACTIVATED);
    assertThat(mg.multicastIp().isUnspecified()).isFalse();
    assertThat(mg.multicastIp().toString()).startsWith("239.0.0.");
    assertThat(mg.owner()).isEqualTo(owner);
    assertThat(allocated()).isEqualTo(before + 1);
  }

  @Test
  void testCreateMulticastgroupAtomicBackwardCompat() {
    PublicKey g = f.createGroup("mg1", Keypair.generate().publicKey());
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.PENDING);
    assertThat(f.group(g).multicastIp()).isEqualTo(Ipv4Address.UNSPECIFIED);
  }

  @Test
  void testCreateMulticastgroupAtomicFeatureFlagDisabled() {
    assertError(
        h.fail(
            h.foundation,
            f.create(
                f.nextGroup(), "mg1", 1000, Keypair.generate().publicKey(), true, h.foundation)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  @Test
  void testDeleteMulticastgroupAtomicWithDeallocation() {
    f.onChainAllocation(true);
    PublicKey owner = Keypair.generate().publicKey();
    PublicKey g = atomicGroup(owner);
    long before = allocated();
    long rent = h.lamports(g);
    h.ok(h.foundation, f.deleteAtomic(g, owner, h.foundation));
    assertThat(h.data(g)).isEmpty();
    assertThat(h.lamports(owner)).isEqualTo(rent);
    assertThat(allocated()).isEqualTo(before - 1);
  }

  @Test
  void testDeleteMulticastgroupAtomicBackwardCompat() {
    f.onChainAllocation(true);
    PublicKey g = atomicGroup(Keypair.generate().publicKey());
    long before = allocated();
    h.ok(h.foundation, f.delete(g, h.foundation));
    assertThat(f.group(g).status()).isEqualTo(MulticastGroupStatus.DELETING);
    assertThat(allocated()).isEqualTo(before);
  }

  @Test
  void testUpdateMulticastgroupWithOnchainReallocation() {
    f.onChainAllocation(true);
    PublicKey g = atomicGroup(Keypair.generate().publicKey());
    long before = allocated();
    Ipv4Address next = Ipv4Address.parse("239.0.0.100");
    h.ok(h.foundation, f.update(g, ipChange(next, true), h.foundation));
    assertThat(f.group(g).multicastIp()).isEqualTo(next);
    assertThat(allocated()).as("old bit freed, new bit taken").isEqualTo(before);
    // the new address is now taken: a second group cannot move onto it
    PublicKey other = atomicGroup(Keypair.generate().publicKey());
    assertError(
        h.fail(h.foundation, f.update(other, ipChange(next, true), h.foundation)),
        ServiceabilityError.ALLOCATION_FAILED);
  }

  @Test
  void testUpdateMulticastgroupBackwardCompat() {
    f.onChainAllocation(true);
    PublicKey g = atomicGroup(Keypair.generate().publicKey());
    long before = allocated();
    h.ok(
        h.foundation,
        f.update(
            g,
            new UpdateMulticastGroup(
                Optional.of("mg1_updated"),
                Optional.empty(),
                Optional.of(2000L),
                Optional.empty(),
                Optional.empty(),
                false),
            h.foundation));
    assertThat(f.group(g).code()).isEqualTo("mg1_updated");
    assertThat(f.group(g).maxBandwidth()).isEqualTo(2000);
    h.ok(
        h.foundation, f.update(g, ipChange(Ipv4Address.parse("239.0.0.200"), false), h.foundation));
    assertThat(f.group(g).multicastIp().toString()).isEqualTo("239.0.0.200");
    assertThat(allocated()).as("the legacy path leaves the bitmap alone").isEqualTo(before);
  }

  @Test
  void testUpdateMulticastgroupFeatureFlagDisabled() {
    PublicKey g = f.createGroup("mg1", Keypair.generate().publicKey());
    assertError(
        h.fail(
            h.foundation,
            f.update(g, ipChange(Ipv4Address.parse("239.0.0.50"), true), h.foundation)),
        ServiceabilityError.FEATURE_NOT_ENABLED);
  }

  @Test
  void activateWithTheBlockAllocatesWithoutAFlagCheckAndDeactivateFreesIt() {
    Keypair owner = h.funded();
    PublicKey g = f.createGroup("act-block", owner.publicKey());
    long before = allocated();
    h.ok(h.foundation, f.activateFromBlock(g, h.foundation));
    assertThat(f.group(g).multicastIp().toString()).startsWith("239.0.0.");
    assertThat(allocated()).isEqualTo(before + 1);
    h.ok(h.foundation, f.delete(g, h.foundation));
    long ownerBefore = h.lamports(owner.publicKey());
    long rent = h.lamports(g);
    h.ok(h.foundation, f.deactivate(g, owner.publicKey(), true, h.foundation));
    assertThat(allocated()).isEqualTo(before);
    assertThat(h.lamports(owner.publicKey())).isEqualTo(ownerBefore + rent);
  }

  @Test
  void atomicDeleteRefusesAnotherOwnerAccount() {
    f.onChainAllocation(true);
    PublicKey g = atomicGroup(Keypair.generate().publicKey());
    ProgramHarness.assertBuiltin(
        h.fail(h.foundation, f.deleteAtomic(g, Keypair.generate().publicKey(), h.foundation)),
        "InvalidAccountData");
  }

  private static UpdateMulticastGroup ipChange(Ipv4Address ip, boolean onchain) {
    return new UpdateMulticastGroup(
        Optional.empty(),
        Optional.of(ip),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        onchain);
  }
}
