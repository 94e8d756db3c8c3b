package doublezero.localnet.up;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero-localnet up`'s network: a fresh ledger gets the e2e bootstrap and a funded,
/// allowlisted user whose keypair is created 0600; starting again on the same ledger keeps
/// everything and sends nothing.
@NeedsLedgerInternals(
    "tests doublezero-localnet up itself: bootstraps a ledger it starts and restarts")
class LocalNetworkTest {
  @Test
  void bootstrapsOnceAndResumes(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("home/.config/doublezero/id.json");
    UpConfig cfg =
        new UpConfig(
            LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20), key, false);
    try (LocalNetwork net = LocalNetwork.start(cfg)) {
      assertThat(Files.getPosixFilePermissions(key))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(net.user()).isEqualTo(KeypairFile.read(key).publicKey());
      assertThat(net.report()).first().asString().startsWith("created keypair " + key);
      assertThat(net.report())
          .anyMatch(l -> l.startsWith("InitGlobalState"))
          .anyMatch(l -> l.equals("location lax (Los Angeles)"))
          .anyMatch(l -> l.equals("exchange xewr (New York)"));
      ServiceabilityClient c = client(net);
      GlobalState gs = c.globalState().orElseThrow();
      assertThat(gs.foundationAllowlist()).contains(net.user(), net.admin().publicKey());
      assertThat(gs.activatorAuthorityPk()).isEqualTo(net.admin().publicKey());
      GlobalConfig gc = c.globalConfig().orElseThrow();
      assertThat(gc.localAsn()).isEqualTo(65000);
      assertThat(gc.remoteAsn()).isEqualTo(65342);
      assertThat(gc.deviceTunnelBlock()).hasToString("172.16.0.0/16");
      assertThat(gc.userTunnelBlock()).hasToString("169.254.0.0/16");
      assertThat(gc.multicastgroupBlock()).hasToString("233.84.178.0/24");
      assertThat(c.getAll(AccountType.LOCATION, Location.class))
          .extracting(d -> d.state().code())
          .containsExactlyInAnyOrder("lax", "ewr");
      assertThat(c.getAll(AccountType.EXCHANGE, Exchange.class))
          .extracting(d -> d.state().code())
          .containsExactlyInAnyOrder("xlax", "xewr");
      assertThat(net.rpc().getBalance(net.user())).isEqualTo(LocalNetwork.USER_FUNDS);
    }
    try (LocalNetwork again = LocalNetwork.start(cfg)) {
      assertThat(again.report()).isEmpty();
      assertThat(client(again).getAll(AccountType.LOCATION, Location.class)).hasSize(2);
      assertThat(again.rpc().getBalance(again.user())).isEqualTo(LocalNetwork.USER_FUNDS);
    }
  }

  private static ServiceabilityClient client(LocalNetwork net) {
    return new ServiceabilityClient(
        net.rpc(),
        Environment.LOCAL.serviceabilityProgramId(),
        Commitment.CONFIRMED,
        Duration.ofSeconds(30));
  }
}
