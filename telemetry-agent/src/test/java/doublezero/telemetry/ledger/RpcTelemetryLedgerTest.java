package doublezero.telemetry.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.telemetry.journal.Circuit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/// The remembered DeviceLatencySamples addresses stay the PDAs of their circuit and epoch, also
/// once the cache has started over.
class RpcTelemetryLedgerTest {
  private static final PublicKey PROGRAM = Keypair.generate().publicKey();

  @Test
  void addressesAreThePdasOfCircuitAndEpochAcrossCacheRestarts() {
    try (RpcClient rpc = new RpcClient("http://127.0.0.1:9", RpcClientConfig.DEFAULTS)) {
      RpcTelemetryLedger ledger =
          new RpcTelemetryLedger(
              rpc, PROGRAM, Keypair.generate(), Commitment.CONFIRMED, Duration.ofSeconds(1));
      Circuit a = circuit();
      Circuit b = new Circuit(a.target(), a.origin(), a.link());
      for (int round = 0; round < 2; round++) {
        for (long epoch = 0; epoch < RpcTelemetryLedger.ADDRESS_CACHE_LIMIT / 2 + 3; epoch++) {
          if (epoch % 1000 == 7) {
            assertThat(ledger.address(a, epoch)).isEqualTo(pda(a, epoch));
            assertThat(ledger.address(b, epoch))
                .isEqualTo(pda(b, epoch))
                .isNotEqualTo(pda(a, epoch));
          } else {
            ledger.address(a, epoch);
            ledger.address(b, epoch);
          }
        }
      }
    }
  }

  private static Circuit circuit() {
    return new Circuit(
        Keypair.generate().publicKey(),
        Keypair.generate().publicKey(),
        Keypair.generate().publicKey());
  }

  private static PublicKey pda(Circuit c, long epoch) {
    return TelemetryPda.deviceLatencySamples(PROGRAM, c.origin(), c.target(), c.link(), epoch)
        .address();
  }
}
