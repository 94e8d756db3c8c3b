package doublezero.localnet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.runtime.PdaCounterProcessor;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The YAML bootstrap path: a new ledger loads a Java test program, funds keypairs (files and a
/// bare pubkey) and runs an instruction of that program; a restart does not run the file again; a
/// failing entry stops the start with the entry named.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: the YAML bootstrap at ledger start and across restarts")
class BootstrapTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");
  static final String SYSTEM = "11111111111111111111111111111111";
  static final String UPGRADEABLE_LOADER = "BPFLoaderUpgradeab1e11111111111111111111111";

  @TempDir Path dir;

  Path write(String name, String yaml) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return f;
  }

  static PublicKey counterOf(PublicKey payer) {
    return PublicKey.findProgramAddress(
            List.of("counter".getBytes(StandardCharsets.US_ASCII), payer.toBytes()), PROGRAM)
        .address();
  }

  @Test
  void fundsKeypairsLoadsTheProgramAndRunsItsInstructionOnce() throws Exception {
    Keypair alice = Keypair.generate();
    Keypair bob = Keypair.generate();
    Files.createDirectories(dir.resolve("keys"));
    KeypairFile.write(dir.resolve("keys/alice.json"), alice);
    KeypairFile.write(dir.resolve("keys/bob.json"), bob);
    PublicKey carol = Keypair.generate().publicKey();
    PublicKey counter = counterOf(alice.publicKey());
    Path file =
        write(
            "bootstrap.yaml",
            """
            programs:
              - id: %s
                processor: %s
            fund:
              - keypair: keys/alice.json
                sol: 100
              - keypair: keys/bob.json
                lamports: 2500000000
              - pubkey: %s
                sol: 0.5
            instructions:
              - program: %s
                payer: keys/alice.json
                accounts:
                  - {keypair: keys/alice.json, signer: true, writable: true}
                  - {pubkey: %s, writable: true}
                  - {pubkey: %s}
                data: "hex:0000"
            """
                .formatted(
                    PROGRAM, PdaCounterProcessor.class.getName(), carol, PROGRAM, counter, SYSTEM));
    Path ledger = dir.resolve("ledger");
    long aliceAfter;
    try (Localnet net =
        Localnet.start(LocalnetConfig.ephemeral(ledger).withSlotMillis(50).withBootstrap(file))) {
      TestRpc rpc = new TestRpc(net.rpcUrl());
      assertThat(rpc.balance(bob.publicKey())).isEqualTo(2_500_000_000L);
      assertThat(rpc.balance(carol)).isEqualTo(500_000_000L);
      aliceAfter = rpc.balance(alice.publicKey());
      // 100 SOL − the 1 SOL the program moves into its PDA − one 5,000-lamport fee
      assertThat(aliceAfter).isEqualTo(100_000_000_000L - 1_000_000_000L - 5000);
      JsonNode program = rpc.result("getAccountInfo", "[\"" + PROGRAM + "\"]").path("value");
      assertThat(program.path("executable").asBoolean()).isTrue();
      assertThat(program.path("owner").asText()).isEqualTo(UPGRADEABLE_LOADER);
      JsonNode pda =
          rpc.result("getAccountInfo", "[\"" + counter + "\",{\"encoding\":\"base64\"}]")
              .path("value");
      assertThat(pda.path("owner").asText()).isEqualTo(PROGRAM.toBase58());
      assertThat(Base64.getDecoder().decode(pda.path("data").get(0).asText()))
          .containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
      // the loaded program keeps working after bootstrap
      rpc.send(
          rpc.signed(
              List.of(
                  new doublezero.sdk.solana.tx.Instruction(
                      PROGRAM,
                      List.of(
                          doublezero.sdk.solana.tx.AccountMeta.writableSigner(alice.publicKey()),
                          doublezero.sdk.solana.tx.AccountMeta.writable(counter),
                          doublezero.sdk.solana.tx.AccountMeta.readonly(
                              PublicKey.fromBase58(SYSTEM))),
                      new byte[] {1, 0})),
              alice,
              List.of(alice)),
          false);
      aliceAfter -= 5000;
    }
    try (Localnet again =
        Localnet.start(LocalnetConfig.ephemeral(ledger).withSlotMillis(50).withBootstrap(file))) {
      TestRpc rpc = new TestRpc(again.rpcUrl());
      assertThat(rpc.balance(bob.publicKey())).as("not funded twice").isEqualTo(2_500_000_000L);
      assertThat(rpc.balance(alice.publicKey())).isEqualTo(aliceAfter);
      JsonNode pda =
          rpc.result("getAccountInfo", "[\"" + counter + "\",{\"encoding\":\"base64\"}]")
              .path("value");
      assertThat(Base64.getDecoder().decode(pda.path("data").get(0).asText())[0])
          .isEqualTo((byte) 2);
    }
  }

  @Test
  void failingEntryStopsTheStartNamingIt() throws Exception {
    Keypair broke = Keypair.generate();
    KeypairFile.write(dir.resolve("broke.json"), broke);
    Path file =
        write(
            "bad.yaml",
            """
            instructions:
              - program: %s
                payer: broke.json
                accounts: []
                data: "hex:02000000"
            """
                .formatted(SYSTEM));
    assertThatThrownBy(
            () -> Localnet.start(LocalnetConfig.ephemeral(dir.resolve("l2")).withBootstrap(file)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bootstrap: instruction 0 failed: ");
    assertThatThrownBy(() -> Localnet.start(LocalnetConfig.ephemeral(dir.resolve("l2"))))
        .as("a half-seeded ledger is refused at the next start, with or without the bootstrap file")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds a bootstrap that did not complete");
    Path missing =
        write(
            "missing.yaml",
            "programs:\n  - id: " + PROGRAM + "\n    processor: no.such.Processor\n");
    assertThatThrownBy(
            () ->
                Localnet.start(LocalnetConfig.ephemeral(dir.resolve("l3")).withBootstrap(missing)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot instantiate processor no.such.Processor");
  }
}
