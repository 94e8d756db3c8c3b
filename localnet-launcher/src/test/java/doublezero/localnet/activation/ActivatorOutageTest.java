package doublezero.localnet.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import doublezero.activator.Activator;
import doublezero.activator.ActivatorConfig;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// An RPC outage: the ledger stops under a running activator and comes back (same ledger, same
/// port). The activator pauses without crashing and, once the ledger is back, activates what was
/// created after the outage.
@NeedsLedgerInternals(
    "an RPC outage: stops the ledger under a running activator and restarts it on the same port")
class ActivatorOutageTest {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();

  @TempDir Path dir;

  @Test
  void pausesDuringAnOutageAndResumesWithoutLoss() throws Exception {
    Path key = dir.resolve("id.json");
    UpConfig first =
        new UpConfig(
            LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20), key, false);
    int port;
    try (LocalNetwork probe = LocalNetwork.start(first)) {
      port = URI.create(probe.ledger().rpcUrl()).getPort();
    }
    UpConfig fixed = new UpConfig(first.ledger().withRpcPort(port), key, false);
    LocalNetwork before = LocalNetwork.start(fixed);
    LocalNetwork back = null;
    try (Activator activator =
        Activator.start(
            ActivatorConfig.of(
                    before.ledger().rpcUrl(), before.ledger().wsUrl(), PROGRAM, before.admin())
                .withSnapshotInterval(Duration.ofSeconds(2)))) {
      PublicKey contributor = contributor(before);
      PublicKey a = device(before, contributor, "la2-dz01", 1);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> status(before, a) == DeviceStatus.ACTIVATED);

      before.close(); // outage
      Thread.sleep(3_000);
      assertThat(activator.eventsHandled()).isPositive();
      back = LocalNetwork.start(fixed);
      LocalNetwork up = back;
      PublicKey b = device(up, contributor, "ny5-dz01", 2);
      await().atMost(Duration.ofSeconds(30)).until(() -> status(up, b) == DeviceStatus.ACTIVATED);
      assertThat(status(up, a)).isEqualTo(DeviceStatus.ACTIVATED);
    } finally {
      before.close();
      if (back != null) {
        back.close();
      }
    }
  }

  private static ServiceabilityClient client(LocalNetwork net) {
    return new ServiceabilityClient(
        net.rpc(), PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  private static DeviceStatus status(LocalNetwork net, PublicKey device) {
    return client(net).get(device, Device.class).map(d -> d.state().status()).orElse(null);
  }

  private static PublicKey contributor(LocalNetwork net) {
    ServiceabilityClient c = client(net);
    PublicKey pda =
        ServiceabilityPdas.contributor(
                PROGRAM, c.globalState().orElseThrow().accountIndex().increment())
            .address();
    c.sender()
        .send(
            List.of(
                new CreateContributor("co01")
                    .toInstruction(
                        PROGRAM,
                        new CreateContributor.Accounts(
                            pda,
                            net.admin().publicKey(),
                            ServiceabilityPdas.globalState(PROGRAM).address(),
                            net.admin().publicKey()))),
            net.admin(),
            List.of());
    return pda;
  }

  private static PublicKey device(LocalNetwork net, PublicKey contributor, String code, int n) {
    ServiceabilityClient c = client(net);
    PublicKey pda =
        ServiceabilityPdas.device(PROGRAM, c.globalState().orElseThrow().accountIndex().increment())
            .address();
    PublicKey location = c.getAll(AccountType.LOCATION, Location.class).getFirst().address();
    PublicKey exchange = c.getAll(AccountType.EXCHANGE, Exchange.class).getFirst().address();
    c.sender()
        .send(
            List.of(
                new CreateDevice(
                        code,
                        DeviceType.HYBRID,
                        Ipv4Address.parse("45.0.0." + n),
                        List.of(NetworkV4.parse("100.0." + n + ".0/24")),
                        PublicKey.DEFAULT,
                        "",
                        Optional.empty(),
                        0)
                    .toInstruction(
                        PROGRAM,
                        new CreateDevice.Accounts(
                            pda,
                            contributor,
                            location,
                            exchange,
                            ServiceabilityPdas.globalState(PROGRAM).address(),
                            Optional.empty(),
                            net.admin().publicKey()))),
            net.admin(),
            List.of());
    return pda;
  }
}
