package doublezero.sdk.serviceability.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.serviceability.instruction.ServiceabilityInstruction;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.FakeRpcServer;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.ReferenceData;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceabilityClientTest {
  private static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  private static final String BLOCKHASH = "EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N";
  private FakeRpcServer node;
  private ServiceabilityClient client;

  @BeforeEach
  void start() throws Exception {
    node = new FakeRpcServer();
    client =
        new ServiceabilityClient(
            node.client(), PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private static String account(byte[] data, PublicKey owner) {
    return "{\"data\":[\""
        + Base64.getEncoder().encodeToString(data)
        + "\",\"base64\"],\"executable\":false,"
        + "\"lamports\":2561280,\"owner\":\""
        + owner
        + "\",\"rentEpoch\":18446744073709551615,\"space\":"
        + data.length
        + "}";
  }

  @Test
  void getAllFiltersOnTheAccountTypeByteAndDecodes() {
    byte[] device = ReferenceData.bytes("sdk/serviceability/testdata/fixtures/device.bin");
    PublicKey key =
        PublicKey.of(
            new byte[] {
              9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
              9, 9, 9
            });
    node.result("[{\"pubkey\":\"" + key + "\",\"account\":" + account(device, PROGRAM) + "}]");

    List<DecodedAccount<Device>> devices = client.getAll(AccountType.DEVICE, Device.class);

    assertThat(devices).hasSize(1);
    assertThat(devices.getFirst().address()).isEqualTo(key);
    assertThat(devices.getFirst().lamports()).isEqualTo(2561280);
    assertThat(devices.getFirst().state().code()).isEqualTo("dz1");
    JsonNode params = node.lastRequest().get("params");
    assertThat(node.lastRequest().get("method").asText()).isEqualTo("getProgramAccounts");
    assertThat(params.get(0).asText()).isEqualTo(PROGRAM.toBase58());
    assertThat(params.get(1).get("filters").get(0).get("memcmp").get("offset").asInt()).isZero();
    assertThat(params.get(1).get("filters").get(0).get("memcmp").get("bytes").asText())
        .as("base58 of byte 5")
        .isEqualTo("6");
  }

  @Test
  void getByKeyChecksTypeAndOwner() {
    byte[] device = ReferenceData.bytes("sdk/serviceability/testdata/fixtures/device.bin");
    PublicKey key = Keypair.generate().publicKey();
    node.result("{\"context\":{\"slot\":7},\"value\":" + account(device, PROGRAM) + "}");
    assertThatThrownBy(() -> client.get(key, Location.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account " + key + " is a Device, not a Location");

    PublicKey other = Keypair.generate().publicKey();
    node.result("{\"context\":{\"slot\":7},\"value\":" + account(device, other) + "}");
    assertThatThrownBy(() -> client.get(key)).hasMessageContaining("is owned by " + other);

    node.result("{\"context\":{\"slot\":7},\"value\":null}");
    assertThat(client.get(key)).isEmpty();
  }

  @Test
  void undecodableAccountsAreNamedInTheError() {
    PublicKey key = Keypair.generate().publicKey();
    node.result(
        "[{\"pubkey\":\""
            + key
            + "\",\"account\":"
            + account(new byte[] {5, 1, 2}, PROGRAM)
            + "}]");
    assertThatThrownBy(() -> client.getAll(AccountType.DEVICE, Device.class))
        .hasMessageContaining("account " + key);
  }

  private Instruction someInstruction(Keypair payer) {
    byte[] data = ServiceabilityInstruction.decode(new byte[] {0}).encode();
    return new Instruction(PROGRAM, List.of(AccountMeta.writableSigner(payer.publicKey())), data);
  }

  @Test
  void sendSignsSendsAndWaitsForTheCommitment() {
    Keypair payer = Keypair.generate();
    node.result(
        "{\"context\":{\"slot\":1},\"value\":{\"blockhash\":\""
            + BLOCKHASH
            + "\",\"lastValidBlockHeight\":300}}");
    node.result(
        "\"5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW\"");
    node.result(
        "{\"context\":{\"slot\":2},\"value\":[{\"slot\":2,\"confirmations\":0,\"err\":null,\"confirmationStatus\":\"confirmed\"}]}");

    String signature = client.send(payer, someInstruction(payer));

    assertThat(signature).startsWith("5VERv8");
    JsonNode sent = node.requests().get(1);
    assertThat(sent.get("method").asText()).isEqualTo("sendTransaction");
    assertThat(sent.get("params").get(1).get("encoding").asText()).isEqualTo("base64");
    assertThat(sent.get("params").get(1).get("skipPreflight").asBoolean()).isFalse();
    Transaction tx =
        Transaction.deserialize(Base64.getDecoder().decode(sent.get("params").get(0).asText()));
    assertThat(tx.verifySignatures()).isTrue();
    assertThat(tx.message().accountKeys().getFirst()).isEqualTo(payer.publicKey());
    assertThat(tx.message().recentBlockhash().toBase58()).isEqualTo(BLOCKHASH);
  }

  @Test
  void preflightFailureCarriesTheProgramErrorName() {
    Keypair payer = Keypair.generate();
    node.result(
        "{\"context\":{\"slot\":1},\"value\":{\"blockhash\":\""
            + BLOCKHASH
            + "\",\"lastValidBlockHeight\":300}}");
    node.error(
        -32002,
        "Transaction simulation failed: Error processing Instruction 0: custom program error: 0x7",
        "{\"err\":{\"InstructionError\":[0,{\"Custom\":7}]},\"logs\":[\"Program log: Error: Invalid"
            + " Status\"],\"unitsConsumed\":1200}");

    assertThatThrownBy(() -> client.send(payer, someInstruction(payer)))
        .isInstanceOfSatisfying(
            TransactionFailedException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("instruction 0 failed: InvalidStatus (7): Invalid Status");
              assertThat(e.signature()).isEmpty();
              assertThat(e.logs()).containsExactly("Program log: Error: Invalid Status");
            });
  }

  @Test
  void aTransactionThatLandedWithAnErrorIsReportedWithItsSignatureAndLogs() {
    Keypair payer = Keypair.generate();
    String sig =
        "5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW";
    node.result(
        "{\"context\":{\"slot\":1},\"value\":{\"blockhash\":\""
            + BLOCKHASH
            + "\",\"lastValidBlockHeight\":300}}");
    node.result("\"" + sig + "\"");
    node.result(
        "{\"context\":{\"slot\":2},\"value\":[{\"slot\":2,\"confirmations\":0,\"err\":{\"InstructionError\":[0,{\"Custom\":8}]},\"confirmationStatus\":\"confirmed\"}]}");
    node.result(
        "{\"slot\":2,\"blockTime\":null,\"meta\":{\"err\":{\"InstructionError\":[0,{\"Custom\":8}]},\"fee\":5000,\"preBalances\":[10],\"postBalances\":[5],\"logMessages\":[\"Program"
            + " failed\"]},\"transaction\":[\"AA==\",\"base64\"]}");

    assertThatThrownBy(() -> client.send(payer, someInstruction(payer)))
        .isInstanceOfSatisfying(
            TransactionFailedException.class,
            e -> {
              assertThat(e.signature()).contains(sig);
              assertThat(e.getMessage()).startsWith("instruction 0 failed: ").contains("(8)");
              assertThat(e.logs()).containsExactly("Program failed");
            });
  }
}
