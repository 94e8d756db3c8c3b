package doublezero.localnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsLedgerInternals(
    "tests the in-process ledger itself: the transaction processor with test programs loaded"
        + " through Localnet.start")
class ProcessorTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;

  @BeforeAll
  static void start() {
    net =
        Localnet.start(
            LocalnetConfig.ephemeral(dir)
                .withSlotMillis(50)
                .withProgram(PROGRAM, new PdaCounterProcessor()));
    rpc = new TestRpc(net.rpcUrl());
  }

  @AfterAll
  static void stop() {
    net.close();
  }

  static Instruction ix(PublicKey payer, PublicKey pda, int op, int fail) {
    return new Instruction(
        PROGRAM,
        List.of(
            AccountMeta.writableSigner(payer),
            AccountMeta.writable(pda),
            AccountMeta.readonly(SystemProgram.PROGRAM_ID)),
        new byte[] {(byte) op, (byte) fail});
  }

  @Test
  void cpiCreatesThePdaAndAFailingInstructionRollsEverythingBack() {
    Keypair payer = Keypair.generate();
    rpc.airdrop(payer.publicKey(), 10_000_000_000L);
    PublicKey pda =
        PublicKey.findProgramAddress(PdaCounterProcessor.seeds(payer.publicKey()), PROGRAM)
            .address();

    JsonNode failed =
        rpc.send(
            rpc.signed(List.of(ix(payer.publicKey(), pda, 0, 1)), payer, List.of(payer)), false);
    assertThat(failed.path("error").path("code").asInt()).isEqualTo(-32002);
    assertThat(failed.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":7}]}");
    assertThat(failed.path("error").path("data").path("logs").toString())
        .contains(
            "Program " + PROGRAM + " invoke [1]",
            "Program log: creating counter " + pda,
            "Program 11111111111111111111111111111111 invoke [2]",
            "Program " + PROGRAM + " failed: custom program error: 0x7");

    JsonNode skipped =
        rpc.send(
            rpc.signed(List.of(ix(payer.publicKey(), pda, 0, 1)), payer, List.of(payer)), true);
    String sig = skipped.path("result").asText();
    JsonNode st = rpc.result("getSignatureStatuses", "[[\"" + sig + "\"]]").path("value").get(0);
    assertThat(st.path("err").toString()).isEqualTo("{\"InstructionError\":[0,{\"Custom\":7}]}");
    assertThat(rpc.result("getAccountInfo", "[\"" + pda + "\"]").path("value").isNull()).isTrue();
    assertThat(rpc.balance(payer.publicKey())).isEqualTo(10_000_000_000L - 5000);

    rpc.send(rpc.signed(List.of(ix(payer.publicKey(), pda, 0, 0)), payer, List.of(payer)), false);
    rpc.send(rpc.signed(List.of(ix(payer.publicKey(), pda, 1, 0)), payer, List.of(payer)), false);
    JsonNode acct =
        rpc.result("getAccountInfo", "[\"" + pda + "\",{\"encoding\":\"base64\"}]").path("value");
    assertThat(acct.path("owner").asText()).isEqualTo(PROGRAM.toBase58());
    assertThat(Base64.getDecoder().decode(acct.path("data").get(0).asText()))
        .containsExactly(2, 0, 0, 0, 0, 0, 0, 0);
    assertThat(acct.path("rentEpoch").toString()).isEqualTo("18446744073709551615");

    JsonNode gpa =
        rpc.result(
            "getProgramAccounts",
            "[\""
                + PROGRAM
                + "\",{\"encoding\":\"base64\",\"filters\":"
                + "[{\"dataSize\":8},{\"memcmp\":{\"offset\":0,\"bytes\":\"3\"}}]}]");
    assertThat(gpa).hasSize(1);
    assertThat(gpa.get(0).path("pubkey").asText()).isEqualTo(pda.toBase58());
    assertThat(
            rpc.result(
                "getProgramAccounts", "[\"" + PROGRAM + "\",{\"filters\":[{\"dataSize\":9}]}]"))
        .isEmpty();
  }

  @Test
  void signerPrivilegeCannotBeEscalatedThroughCpi() {
    Keypair payer = Keypair.generate();
    rpc.airdrop(payer.publicKey(), 10_000_000_000L);
    PublicKey notPda = Keypair.generate().publicKey();
    JsonNode r =
        rpc.send(
            rpc.signed(List.of(ix(payer.publicKey(), notPda, 0, 0)), payer, List.of(payer)), false);
    assertThat(r.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,\"InvalidSeeds\"]}");
  }

  @Test
  void createAccountTwiceIsAccountAlreadyInUse() {
    Keypair payer = Keypair.generate();
    Keypair fresh = Keypair.generate();
    rpc.airdrop(payer.publicKey(), 10_000_000_000L);
    Instruction create =
        SystemProgram.createAccount(
            payer.publicKey(), fresh.publicKey(), 1_000_000_000L, 10, PROGRAM);
    assertThat(
            rpc.send(rpc.signed(List.of(create), payer, List.of(payer, fresh)), false)
                .has("result"))
        .isTrue();
    Instruction again =
        SystemProgram.createAccount(
            payer.publicKey(), fresh.publicKey(), 1_000_000_001L, 10, PROGRAM);
    JsonNode r = rpc.send(rpc.signed(List.of(again), payer, List.of(payer, fresh)), false);
    assertThat(r.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":0}]}");
    Instruction poor =
        SystemProgram.transfer(payer.publicKey(), Keypair.generate().publicKey(), 1000);
    JsonNode rent = rpc.send(rpc.signed(List.of(poor), payer, List.of(payer)), false);
    assertThat(rent.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InsufficientFundsForRent\":{\"account_index\":1}}");
    assertThat(rpc.result("getMinimumBalanceForRentExemption", "[10]").asLong())
        .isEqualTo((128 + 10) * 3480 * 2);
  }

  @Test
  void seedDerivedAccountsAreCreatedFundedAndDrainedAndBadDataIsInvalidInstructionData() {
    Keypair payer = Keypair.generate();
    rpc.airdrop(payer.publicKey(), 10_000_000_000L);
    PublicKey derived =
        PublicKey.createWithSeed(payer.publicKey(), "vault", SystemProgram.PROGRAM_ID);
    Instruction create =
        SystemProgram.createAccountWithSeed(
            payer.publicKey(),
            derived,
            payer.publicKey(),
            "vault",
            2_000_000_000L,
            0,
            SystemProgram.PROGRAM_ID);
    assertThat(rpc.send(rpc.signed(List.of(create), payer, List.of(payer)), false).has("result"))
        .isTrue();
    assertThat(rpc.balance(derived)).isEqualTo(2_000_000_000L);

    PublicKey to = Keypair.generate().publicKey();
    Instruction drain =
        new Instruction(
            SystemProgram.PROGRAM_ID,
            List.of(
                AccountMeta.writable(derived),
                AccountMeta.readonlySigner(payer.publicKey()),
                AccountMeta.writable(to)),
            new doublezero.sdk.solana.system.TransferWithSeed(
                    1_000_000_000L, "vault", SystemProgram.PROGRAM_ID)
                .encode());
    assertThat(rpc.send(rpc.signed(List.of(drain), payer, List.of(payer)), false).has("result"))
        .isTrue();
    assertThat(rpc.balance(derived)).isEqualTo(1_000_000_000L);
    assertThat(rpc.balance(to)).isEqualTo(1_000_000_000L);

    Instruction wrongSeed =
        new Instruction(
            SystemProgram.PROGRAM_ID,
            drain.accounts(),
            new doublezero.sdk.solana.system.TransferWithSeed(1, "other", SystemProgram.PROGRAM_ID)
                .encode());
    JsonNode mismatch = rpc.send(rpc.signed(List.of(wrongSeed), payer, List.of(payer)), false);
    assertThat(mismatch.path("error").path("data").path("err").toString())
        .as("AddressWithSeedMismatch is SystemError 5")
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":5}]}");

    Instruction garbage =
        new Instruction(
            SystemProgram.PROGRAM_ID,
            List.of(AccountMeta.writableSigner(payer.publicKey())),
            new byte[] {2, 0, 0, 0, 1});
    JsonNode bad = rpc.send(rpc.signed(List.of(garbage), payer, List.of(payer)), false);
    assertThat(bad.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,\"InvalidInstructionData\"]}");
  }
}
