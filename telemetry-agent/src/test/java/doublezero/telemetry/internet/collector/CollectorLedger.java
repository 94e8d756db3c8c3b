package doublezero.telemetry.internet.collector;

import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.telemetry.internet.exchange.ExchangeDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// A localnet as `doublezero-localnet up` runs it (Exchanges `xlax`, `xewr`) plus an Exchange
/// `xams` in Amsterdam, and helpers to fund collector keypairs and read InternetLatencySamples.
final class CollectorLedger implements AutoCloseable {
  static final PublicKey SERVICEABILITY = Environment.LOCAL.serviceabilityProgramId();
  static final PublicKey TELEMETRY = Environment.LOCAL.telemetryProgramId();
  final LocalNetwork net;
  final RpcClient rpc;
  final ServiceabilityClient client;

  CollectorLedger(Path dir) {
    net =
        LocalNetwork.start(
            new UpConfig(
                LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
                dir.resolve("user.json"),
                true));
    rpc = net.rpc();
    client =
        new ServiceabilityClient(rpc, SERVICEABILITY, Commitment.CONFIRMED, Duration.ofSeconds(30));
    PublicKey gs = ServiceabilityPdas.globalState(SERVICEABILITY).address();
    PublicKey pda =
        ServiceabilityPdas.exchange(
                SERVICEABILITY, client.globalState().orElseThrow().accountIndex().increment())
            .address();
    client
        .sender()
        .send(
            List.of(
                new CreateExchange("xams", "Amsterdam", 52.3676, 4.9041, 0)
                    .toInstruction(
                        SERVICEABILITY,
                        new ExchangeGlobalConfigAccounts(
                            pda,
                            ServiceabilityPdas.globalConfig(SERVICEABILITY).address(),
                            gs,
                            net.admin().publicKey()))),
            net.admin(),
            List.of());
  }

  String url() {
    return net.ledger().rpcUrl();
  }

  Keypair fundedKeypair() {
    Keypair k = Keypair.generate();
    String sig = rpc.requestAirdrop(k.publicKey(), 100_000_000_000L);
    rpc.confirmTransaction(sig, Commitment.CONFIRMED, Long.MAX_VALUE, Duration.ofSeconds(30));
    return k;
  }

  ExchangeDirectory exchanges() {
    return ExchangeDirectory.load(client);
  }

  long epoch() {
    return rpc.getEpochInfo().epoch();
  }

  Optional<InternetLatencySamples> samples(PublicKey address) {
    return rpc.getAccountInfo(address, Commitment.CONFIRMED, null)
        .map(a -> InternetLatencySamples.decode(a.data()));
  }

  @Override
  public void close() {
    net.close();
  }
}
