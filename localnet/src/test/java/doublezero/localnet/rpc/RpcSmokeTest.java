package doublezero.localnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsLedgerInternals(
    "tests the in-process ledger itself: its JSON-RPC server on a ledger it starts")
class RpcSmokeTest {
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;

  @BeforeAll
  static void start() {
    net = Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(50));
    rpc = new TestRpc(net.rpcUrl());
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  @Test
  void airdropThenTransferMovesLamportsAndChargesTheFee() {
    Keypair a = Keypair.generate();
    Keypair b = Keypair.generate();
    rpc.airdrop(a.publicKey(), 10_000_000_000L);
    assertThat(rpc.balance(a.publicKey())).isEqualTo(10_000_000_000L);
    String sig = rpc.transfer(a, b.publicKey(), 1_000_000_000L);
    assertThat(rpc.balance(b.publicKey())).isEqualTo(1_000_000_000L);
    assertThat(rpc.balance(a.publicKey())).isEqualTo(9_000_000_000L - 5000);
    JsonNode st = rpc.result("getSignatureStatuses", "[[\"" + sig + "\"]]").path("value").get(0);
    assertThat(st.path("err").isNull()).isTrue();
    assertThat(st.path("status").path("Ok").isNull()).isTrue();
    assertThat(st.path("confirmationStatus").asText()).isEqualTo("finalized");
    JsonNode tx = rpc.result("getTransaction", "[\"" + sig + "\",{\"encoding\":\"json\"}]");
    assertThat(tx.path("meta").path("fee").asLong()).isEqualTo(5000);
    assertThat(tx.path("meta").path("logMessages").get(0).asText())
        .isEqualTo("Program 11111111111111111111111111111111 invoke [1]");
    assertThat(tx.path("transaction").path("signatures").get(0).asText()).isEqualTo(sig);
  }

  @Test
  void preflightFailureCarriesInstructionErrorAndLogs() {
    Keypair a = Keypair.generate();
    rpc.airdrop(a.publicKey(), 1_000_000_000L);
    JsonNode r =
        rpc.send(
            rpc.signed(
                java.util.List.of(
                    doublezero.sdk.solana.system.SystemProgram.transfer(
                        a.publicKey(), Keypair.generate().publicKey(), 5_000_000_000L)),
                a,
                java.util.List.of(a)),
            false);
    JsonNode err = r.path("error");
    assertThat(err.path("code").asInt()).isEqualTo(-32002);
    assertThat(err.path("message").asText())
        .isEqualTo(
            "Transaction simulation failed: Error processing Instruction 0: custom program error:"
                + " 0x1");
    assertThat(err.path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":1}]}");
    assertThat(err.path("data").path("logs").toString())
        .contains("Transfer: insufficient lamports 999995000, need 5000000000");
  }
}
