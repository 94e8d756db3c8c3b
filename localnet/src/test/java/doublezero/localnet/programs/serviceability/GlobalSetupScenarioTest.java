package doublezero.localnet.programs.serviceability;

import static doublezero.localnet.programs.ProgramHarness.assertError;
import static doublezero.localnet.programs.ProgramHarness.assertPanic;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ResourceExtension;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// InitGlobalState and SetGlobalConfig through localnet (reference
/// `TST/initialize_global_state_test.rs`, `TST/global_test.rs` set-up).
@NeedsLedgerInternals("a fresh ledger: runs InitGlobalState and SetGlobalConfig itself")
class GlobalSetupScenarioTest {
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
  void initGlobalStateWritesTheReferenceDefaults() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    var p = h.foundation.publicKey();
    assertThat(gs.foundationAllowlist()).containsExactly(p);
    assertThat(gs.deviceAllowlist()).containsExactly(p);
    assertThat(gs.userAllowlist()).isEmpty();
    assertThat(gs.activatorAuthorityPk()).isEqualTo(p);
    assertThat(gs.sentinelAuthorityPk()).isEqualTo(p);
    assertThat(gs.healthOraclePk()).isEqualTo(p);
    assertThat(gs.qaAllowlist()).containsExactly(p);
    assertThat(gs.contributorAirdropLamports()).isEqualTo(1_000_000_000L);
    assertThat(gs.userAirdropLamports()).isEqualTo(40_000L);
    assertThat(gs.accountIndex()).isEqualTo(doublezero.sdk.borsh.U128.ZERO);
    byte[] raw = h.data(h.globalState()).orElseThrow();
    assertThat(h.lamports(h.globalState())).isEqualTo(Rent.minimumBalance(raw.length));
    ProgramConfig pc =
        h.account(ServiceabilityPdas.programConfig(h.programId).address(), ProgramConfig.class);
    assertThat(pc.version().toString()).isEqualTo("0.12.0");
    assertThat(pc.minCompatibleVersion().toString()).isEqualTo("0.7.1");
  }

  @Test
  void setGlobalConfigCreatesTheSevenPools() {
    GlobalConfig gc = h.account(h.globalConfig(), GlobalConfig.class);
    assertThat(gc.localAsn()).isEqualTo(65000);
    assertThat(gc.nextBgpCommunity()).isEqualTo(10000);
    ResourceExtension dtb =
        h.account(
            ServiceabilityPdas.deviceTunnelBlock(h.programId).address(), ResourceExtension.class);
    assertThat(dtb.capacity()).isEqualTo(256);
    assertThat(dtb.allocatedCount()).isZero();
    ResourceExtension vrf =
        h.account(ServiceabilityPdas.vrfIds(h.programId).address(), ResourceExtension.class);
    assertThat(vrf.capacity()).isEqualTo(1023);
    assertThat(h.data(ServiceabilityPdas.vrfIds(h.programId).address()).orElseThrow())
        .hasSize(88 + 128);
  }

  @Test
  void secondInitIsANoOpForGlobalState() {
    byte[] before = h.data(h.globalState()).orElseThrow();
    h.ok(h.foundation, h.initGlobalState());
    assertThat(h.data(h.globalState()).orElseThrow()).isEqualTo(before);
  }

  @Test
  void tunnelBlocksAreImmutableAndOutsidersAreRefused() {
    var args =
        new SetGlobalConfig(
            65000,
            65001,
            NetworkV4.parse("10.101.0.0/24"),
            NetworkV4.parse("10.200.0.0/24"),
            NetworkV4.parse("239.0.0.0/24"),
            Optional.empty(),
            NetworkV4.parse("148.51.120.0/21"));
    assertError(
        h.fail(h.foundation, h.setGlobalConfig(h.foundation, args)),
        ServiceabilityError.IMMUTABLE_FIELD);
    Keypair outsider = h.funded();
    var same =
        new SetGlobalConfig(
            65000,
            65001,
            NetworkV4.parse("10.100.0.0/24"),
            NetworkV4.parse("10.200.0.0/24"),
            NetworkV4.parse("239.0.0.0/24"),
            Optional.empty(),
            NetworkV4.parse("148.51.120.0/21"));
    assertError(
        h.fail(outsider, h.setGlobalConfig(outsider, same)), ServiceabilityError.NOT_ALLOWED);
    var badAsn =
        new SetGlobalConfig(
            0,
            65001,
            NetworkV4.parse("10.100.0.0/24"),
            NetworkV4.parse("10.200.0.0/24"),
            NetworkV4.parse("239.0.0.0/24"),
            Optional.empty(),
            NetworkV4.parse("148.51.120.0/21"));
    assertError(
        h.fail(h.foundation, h.setGlobalConfig(h.foundation, badAsn)),
        ServiceabilityError.INVALID_LOCAL_ASN);
  }

  @Test
  void deprecatedVariantsFailWith67AndGarbagePanics() {
    var ix = new doublezero.sdk.solana.tx.Instruction(h.programId, List.of(), new byte[] {6});
    assertError(h.fail(h.foundation, ix), ServiceabilityError.DEPRECATED);
    var cut =
        new doublezero.sdk.solana.tx.Instruction(
            h.programId, List.of(), new byte[] {10, 5, 0, 0, 0, 'a'});
    assertPanic(h.fail(h.foundation, cut));
    var unknown =
        new doublezero.sdk.solana.tx.Instruction(h.programId, List.of(), new byte[] {(byte) 104});
    ProgramHarness.assertBuiltin(h.fail(h.foundation, unknown), "InvalidInstructionData");
  }
}
