package doublezero.localnet.activation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.activator.ActivatorException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `Activator.start` refuses, with a message naming what is wrong, a program without GlobalConfig,
/// a GlobalConfig block left unset (reference `processor.rs` test: the field name is in the error)
/// and a keypair that is not GlobalState's activator authority (naming both keys).
class ActivatorRefusalTest {
  @TempDir Path dir;

  static ActivatorConfig config(E2eNetwork n, Keypair kp) {
    return ActivatorConfig.of(n.h.rpcUrl(), n.h.wsUrl(), n.h.programId, kp);
  }

  @NeedsLedgerInternals("a fresh ledger without GlobalConfig")
  @Test
  void refusesAProgramWithoutGlobalConfig() {
    try (E2eNetwork n = E2eNetwork.withoutConfig(dir)) {
      assertThatThrownBy(() -> Activator.start(config(n, n.h.foundation)))
          .isInstanceOf(ActivatorException.class)
          .hasMessageContaining("GlobalConfig")
          .hasMessageContaining("does not exist");
    }
  }

  @NeedsLedgerInternals("seeded accounts: GlobalConfig rewritten with one block unset")
  @Test
  void refusesEachUnsetBlockNamingIt() {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      GlobalConfig gc = n.h.account(n.h.globalConfig(), GlobalConfig.class);
      n.h.seed(
          n.h.globalConfig(),
          new GlobalConfig(
              gc.owner(),
              gc.bumpSeed(),
              gc.localAsn(),
              gc.remoteAsn(),
              gc.deviceTunnelBlock(),
              gc.userTunnelBlock(),
              gc.multicastgroupBlock(),
              gc.nextBgpCommunity(),
              NetworkV4.DEFAULT));
      assertThatThrownBy(() -> Activator.start(config(n, n.h.foundation)))
          .isInstanceOf(ActivatorException.class)
          .hasMessageContaining("multicast_publisher_block");
      n.h.seed(
          n.h.globalConfig(),
          new GlobalConfig(
              gc.owner(),
              gc.bumpSeed(),
              gc.localAsn(),
              gc.remoteAsn(),
              gc.deviceTunnelBlock(),
              NetworkV4.DEFAULT,
              gc.multicastgroupBlock(),
              gc.nextBgpCommunity(),
              gc.multicastPublisherBlock()));
      assertThatThrownBy(() -> Activator.start(config(n, n.h.foundation)))
          .isInstanceOf(ActivatorException.class)
          .hasMessageContaining("user_tunnel_block");
    }
  }

  @Test
  void refusesAKeypairThatIsNotTheActivatorAuthority() {
    try (E2eNetwork n = E2eNetwork.start(dir)) {
      Keypair other = Keypair.generate();
      assertThatThrownBy(() -> Activator.start(config(n, other)))
          .isInstanceOf(ActivatorException.class)
          .hasMessageContaining(other.publicKey().toBase58())
          .hasMessageContaining(n.h.foundation.publicKey().toBase58());
    }
  }
}
