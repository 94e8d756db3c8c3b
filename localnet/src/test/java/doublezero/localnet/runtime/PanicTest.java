package doublezero.localnet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// An unexpected exception in a ported program (a bug in the port) is reported as the SBF runtime
/// reports a Rust panic, keeps its cause in the ledger's log, and can be told apart from an
/// intended program error.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: loads a deliberately failing Java program into the runtime"
        + " and reads the ledger's log")
class PanicTest {
  static final PublicKey PROGRAM =
      PublicKey.fromBase58("9Jm6bHK2Cjv6vQ9wUVCwDExuydEWZ6ApxfT5gNH4oaZv");
  @TempDir static Path dir;
  static Localnet net;
  static TestRpc rpc;
  static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

  /// data[0] = 1: a NullPointerException (a port bug); 2: Custom(3) (an intended error); else
  /// success.
  static final class Faulty implements ProgramProcessor {
    @Override
    public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
        throws ProgramException {
      switch (data[0]) {
        case 1 -> {
          String missing = data.length > 5 ? "x" : null;
          ctx.log("length " + missing.length());
        }
        case 2 -> throw ProgramException.custom(3);
        default -> ctx.log("fine");
      }
    }
  }

  @BeforeAll
  static void start() {
    LOGS.start();
    ((Logger) LoggerFactory.getLogger("doublezero.localnet.runtime")).addAppender(LOGS);
    net =
        Localnet.start(
            LocalnetConfig.ephemeral(dir).withSlotMillis(50).withProgram(PROGRAM, new Faulty()));
    rpc = new TestRpc(net.rpcUrl());
  }

  @AfterAll
  static void stop() {
    ((Logger) LoggerFactory.getLogger("doublezero.localnet.runtime")).detachAppender(LOGS);
    net.close();
  }

  private static JsonNode send(int op) {
    Keypair payer = Keypair.generate();
    rpc.airdrop(payer.publicKey(), 1_000_000_000L);
    Instruction ix =
        new Instruction(
            PROGRAM,
            List.of(AccountMeta.writableSigner(payer.publicKey())),
            new byte[] {(byte) op});
    return rpc.send(rpc.signed(List.of(ix), payer, List.of(payer)), false);
  }

  @Test
  void aPanicIsProgramFailedToCompleteWithThePanicLineAndTheCauseLogged() {
    JsonNode failed = send(1);
    assertThat(failed.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,\"ProgramFailedToComplete\"]}");
    String logs = failed.path("error").path("data").path("logs").toString();
    assertThat(logs)
        .contains(
            "Program log: panicked at PanicTest.java:",
            "java.lang.NullPointerException",
            "Program " + PROGRAM + " failed: SBF program panicked");
    assertThat(LOGS.list)
        .anySatisfy(
            e -> {
              assertThat(e.getFormattedMessage())
                  .contains("event=program-panicked", "program=" + PROGRAM);
              assertThat(e.getThrowableProxy()).isNotNull();
              assertThat(e.getThrowableProxy().getClassName())
                  .isEqualTo("java.lang.NullPointerException");
            });
  }

  @Test
  void anIntendedProgramErrorIsNotAPanic() {
    int before = LOGS.list.size();
    JsonNode failed = send(2);
    assertThat(failed.path("error").path("data").path("err").toString())
        .isEqualTo("{\"InstructionError\":[0,{\"Custom\":3}]}");
    assertThat(failed.path("error").path("data").path("logs").toString())
        .doesNotContain("panicked")
        .contains("failed: custom program error: 0x3");
    assertThat(LOGS.list.subList(before, LOGS.list.size()))
        .noneMatch(e -> e.getFormattedMessage().contains("program-panicked"));
  }
}
