package doublezero.localnet.programs.serviceability.resource;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures;
import doublezero.localnet.programs.serviceability.tenant.AreaFixtures.Seats;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.AllocateResource;
import doublezero.sdk.serviceability.instruction.CloseResource;
import doublezero.sdk.serviceability.instruction.CreateResource;
import doublezero.sdk.serviceability.instruction.DeallocateResource;
import doublezero.sdk.serviceability.instruction.IdOrIp;
import doublezero.sdk.serviceability.instruction.ResourceAssociationAccounts;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Allocator;
import doublezero.sdk.serviceability.state.ResourceExtension;
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

/// ResourceExtension administration through localnet, mirroring the CreateResource /
/// AllocateResource / DeallocateResource / CloseResource scenarios of
/// `TST/resource_extension_test.rs` (the device, interface and user scenarios of that file are in
/// [ResourceExtensionDeviceTestScenarioTest]), plus the ResourcePools corrections and the matrix.
class ResourceExtensionTestScenarioTest {
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

  static PublicKey pda(ResourceType t) {
    return ResourcePools.pda(h.programId, t).address();
  }

  static PublicKey assoc(ResourceType t) {
    return switch (t) {
      case ResourceType.DzPrefixBlock d -> d.device();
      case ResourceType.TunnelIds d -> d.device();
      case ResourceType.Global g -> PublicKey.DEFAULT;
    };
  }

  static Instruction create(ResourceType t, Keypair payer) {
    return new CreateResource(t)
        .toInstruction(
            h.programId,
            new CreateResource.Accounts(
                pda(t), assoc(t), h.globalState(), h.globalConfig(), payer.publicKey()));
  }

  static Instruction allocate(ResourceType t, Optional<IdOrIp> req, Keypair payer) {
    return new AllocateResource(t, req)
        .toInstruction(
            h.programId,
            new ResourceAssociationAccounts(pda(t), assoc(t), h.globalState(), payer.publicKey()));
  }

  static Instruction deallocate(ResourceType t, IdOrIp value, Keypair payer) {
    return new DeallocateResource(t, value)
        .toInstruction(
            h.programId,
            new ResourceAssociationAccounts(pda(t), assoc(t), h.globalState(), payer.publicKey()));
  }

  static Instruction close(ResourceType t, PublicKey owner, Keypair payer) {
    return new CloseResource()
        .toInstruction(
            h.programId,
            new CloseResource.Accounts(pda(t), owner, h.globalState(), payer.publicKey()));
  }

  static ResourceExtension pool(ResourceType t) {
    return h.account(pda(t), ResourceExtension.class);
  }

  static IdOrIp ip(String net) {
    return new IdOrIp.Ip(NetworkV4.parse(net));
  }

  @Test
  void testGlobalconfigCreatesGlobalResourcesAndCloseRecreate() {
    for (ResourceType.Global g : ResourceType.Global.values()) {
      assertThat(pool(g).owner()).isEqualTo(h.foundation.publicKey());
    }
    for (ResourceType.Global g :
        new ResourceType.Global[] {
          ResourceType.Global.USER_TUNNEL_BLOCK, ResourceType.Global.MULTICAST_GROUP_BLOCK
        }) {
      byte[] before = h.data(pda(g)).orElseThrow();
      h.ok(h.foundation, close(g, h.foundation.publicKey(), h.foundation));
      assertThat(h.data(pda(g))).isEmpty();
      h.ok(h.foundation, create(g, h.foundation));
      assertThat(h.data(pda(g)).orElseThrow()).isEqualTo(before);
      // creating it twice panics (the account must be uninitialized)
      assertPanic(h.fail(h.foundation, create(g, h.foundation)));
    }
  }

  @NeedsLedgerInternals(
      "a fresh ledger: allocates specific and first-fit values from the reference tests' device"
          + " tunnel block 10.100.0.0/24 (the bootstrap's GlobalConfig has other blocks)")
  @Test
  void testAllocateSpecificDeallocateAndFirstFitReuse() {
    ResourceType t = ResourceType.Global.DEVICE_TUNNEL_BLOCK;
    h.ok(h.foundation, allocate(t, Optional.empty(), h.foundation));
    h.ok(h.foundation, allocate(t, Optional.empty(), h.foundation));
    assertThat(pool(t).isAllocated(0)).isTrue();
    assertThat(pool(t).isAllocated(1)).isTrue();
    h.ok(h.foundation, allocate(t, Optional.of(ip("10.100.0.10/31")), h.foundation));
    assertThat(pool(t).isAllocated(10) && pool(t).isAllocated(11)).isTrue();
    assertError(
        h.fail(h.foundation, allocate(t, Optional.of(ip("10.100.0.10/31")), h.foundation)),
        ServiceabilityError.ALLOCATION_FAILED);
    assertError(
        h.fail(h.foundation, allocate(t, Optional.of(ip("10.100.0.11/31")), h.foundation)),
        ServiceabilityError.ALLOCATION_FAILED);
    assertError(
        h.fail(h.foundation, allocate(t, Optional.of(new IdOrIp.Id(5)), h.foundation)),
        ServiceabilityError.INVALID_ARGUMENT);
    h.ok(h.foundation, deallocate(t, ip("10.100.0.0/32"), h.foundation));
    assertThat(pool(t).isAllocated(0)).isFalse();
    // freeing something that is not allocated, or of the other kind, succeeds without change
    byte[] before = h.data(pda(t)).orElseThrow();
    h.ok(h.foundation, deallocate(t, ip("10.100.0.0/32"), h.foundation));
    h.ok(h.foundation, deallocate(t, new IdOrIp.Id(3), h.foundation));
    assertThat(h.data(pda(t)).orElseThrow()).isEqualTo(before);
    h.ok(h.foundation, allocate(t, Optional.empty(), h.foundation));
    assertThat(pool(t).isAllocated(0)).isTrue();
    // first_free_index is never written back (§9.12)
    assertThat(((Allocator.Ip) pool(t).allocator()).firstFreeIndex()).isZero();
  }

  @NeedsLedgerInternals(
      "a fresh pool: allocates from a GlobalConfig id pool that the previous run left allocated; a"
          + " second run on the same ledger fails (measured with run-suite.sh --runs 2)")
  @Test
  void testIdPool() {
    ResourceType t = ResourceType.Global.SEGMENT_ROUTING_IDS;
    h.ok(h.foundation, allocate(t, Optional.empty(), h.foundation));
    assertThat(pool(t).isAllocated(0)).isTrue();
    h.ok(h.foundation, allocate(t, Optional.of(new IdOrIp.Id(100)), h.foundation));
    assertThat(pool(t).isAllocated(99)).isTrue();
    assertError(
        h.fail(h.foundation, allocate(t, Optional.of(new IdOrIp.Id(0)), h.foundation)),
        ServiceabilityError.ALLOCATION_FAILED);
    assertError(
        h.fail(h.foundation, allocate(t, Optional.of(ip("10.0.0.0/32")), h.foundation)),
        ServiceabilityError.INVALID_ARGUMENT);
  }

  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger (AreaFixtures.seedDevice)")
  @Test
  void testDzPrefixBlockReservesFirstIpAndPdaDerivation() {
    PublicKey dev = AreaFixtures.seedDevice(h, 7, new Seats(0, 10, 0, 0, 0));
    ResourceType t = new ResourceType.DzPrefixBlock(dev, 0);
    h.ok(h.foundation, create(t, h.foundation));
    ResourceExtension p = pool(t);
    assertThat(p.associatedWith()).isEqualTo(dev);
    assertThat(p.allocator()).isEqualTo(new Allocator.Ip(NetworkV4.parse("110.1.0.0/24"), 0));
    assertThat(p.isAllocated(0)).isTrue();
    assertThat(p.allocatedCount()).isEqualTo(1);
    h.ok(h.foundation, allocate(t, Optional.empty(), h.foundation));
    assertThat(pool(t).isAllocated(1)).isTrue();
    // the associated account must be the device in the type
    var wrong =
        AreaFixtures.replace(allocate(t, Optional.empty(), h.foundation), dev, h.globalConfig());
    assertPanic(h.fail(h.foundation, wrong));
    assertThat(pda(new ResourceType.DzPrefixBlock(dev, 1))).isNotEqualTo(pda(t));
    assertThat(pda(new ResourceType.DzPrefixBlock(Keypair.generate().publicKey(), 0)))
        .isNotEqualTo(pda(t));
    assertThat(pda(t)).isEqualTo(ServiceabilityPdas.dzPrefixBlock(h.programId, dev, 0).address());
    // an index outside dz_prefixes panics
    assertPanic(h.fail(h.foundation, create(new ResourceType.DzPrefixBlock(dev, 1), h.foundation)));
  }

  /// ResourcePools correction: `create_resource` signs with the *associated account's* key, so a
  /// per-device pool whose associated account is another device fails at the create CPI instead of
  /// being created.
  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger (AreaFixtures.seedDevice)")
  @Test
  void createWithAnotherDeviceAsAssociatedAccountFails() {
    PublicKey dev = AreaFixtures.seedDevice(h, 8, new Seats(0, 10, 0, 0, 0));
    PublicKey other = AreaFixtures.seedDevice(h, 9, new Seats(0, 10, 0, 0, 0));
    ResourceType t = new ResourceType.TunnelIds(dev, 0);
    var ix = AreaFixtures.replace(create(t, h.foundation), dev, other);
    // the seeds give another address (PrivilegeEscalation) or an on-curve point (bad seeds),
    // depending on the keys
    assertThat(h.fail(h.foundation, ix).describe())
        .containsAnyOf("PrivilegeEscalation", "InvalidSeeds");
    h.ok(h.foundation, create(t, h.foundation));
    assertThat(pool(t).allocator()).isEqualTo(new Allocator.Id(500, 4596, 0));
  }

  /// ResourcePools correction: `inplace_from` unwraps the allocator before checking the account
  /// type. A program-owned account at the pool's PDA holding another type fails with
  /// InvalidAccountType (9) when its allocator bytes decode, and panics when they do not.
  @NeedsLedgerInternals(
      "seeded accounts: writes fixture accounts straight into the ledger (AreaFixtures.seedDevice)")
  @Test
  void inplaceFromOrderOfChecks() {
    PublicKey dev = AreaFixtures.seedDevice(h, 10, new Seats(0, 10, 0, 0, 0));
    ResourceType t = new ResourceType.TunnelIds(dev, 0);
    byte[] data = new byte[ResourceExtension.BITMAP_OFFSET + 8];
    data[0] = 13; // Tenant
    data[66] = 1; // Allocator::Id, range (0, 0)
    h.seedRaw(pda(t), h.programId, data);
    assertError(
        h.fail(h.foundation, allocate(t, Optional.empty(), h.foundation)),
        ServiceabilityError.INVALID_ACCOUNT_TYPE);
    assertError(
        h.fail(h.foundation, deallocate(t, new IdOrIp.Id(500), h.foundation)),
        ServiceabilityError.INVALID_ACCOUNT_TYPE);
    data[66] = 7; // no such allocator
    h.seedRaw(pda(t), h.programId, data);
    assertPanic(h.fail(h.foundation, allocate(t, Optional.empty(), h.foundation)));
    assertPanic(h.fail(h.foundation, deallocate(t, new IdOrIp.Id(500), h.foundation)));
    // CloseResource checks neither the PDA nor the type (§9.5): it closes this account too
    h.ok(h.foundation, close(t, h.foundation.publicKey(), h.foundation));
    assertThat(h.data(pda(t))).isEmpty();
  }

  /// Every resource instruction's happy path with (a) the payer not signing, (b) GlobalState or the
  /// pool owned by another program, (c) a payer outside the foundation allowlist.
  @NeedsLedgerInternals(
      "seeded accounts: a copy of a program account owned by another program"
          + " (AreaFixtures.foreignCopy)")
  @Test
  void signerOwnerAndAuthorityMatrix() {
    ResourceType t = ResourceType.Global.LINK_IDS;
    Keypair outsider = h.funded();
    PublicKey foreignGs = AreaFixtures.foreignCopy(h, h.globalState());
    PublicKey foreignPool = AreaFixtures.foreignCopy(h, pda(t));
    PublicKey foreignConfig = AreaFixtures.foreignCopy(h, h.globalConfig());
    java.util.List<java.util.function.Function<Keypair, Instruction>> happy =
        java.util.List.of(
            p -> allocate(t, Optional.empty(), p),
            p -> deallocate(t, new IdOrIp.Id(0), p),
            p -> close(t, h.foundation.publicKey(), p),
            p -> create(t, p));
    for (var build : happy) {
      Instruction ix = build.apply(h.foundation);
      assertPanic(h.fail(outsider, AreaFixtures.unsigned(ix, h.foundation.publicKey())));
      assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, h.globalState(), foreignGs)));
      if (h.data(pda(t)).isPresent()) {
        assertPanic(h.fail(h.foundation, AreaFixtures.replace(ix, pda(t), foreignPool)));
      } else {
        assertPanic(
            h.fail(h.foundation, AreaFixtures.replace(ix, h.globalConfig(), foreignConfig)));
      }
      assertError(h.fail(outsider, build.apply(outsider)), ServiceabilityError.NOT_ALLOWED);
      h.ok(h.foundation, build.apply(h.foundation));
    }
    assertThat(pool(t).allocatedCount()).isZero();
  }
}
