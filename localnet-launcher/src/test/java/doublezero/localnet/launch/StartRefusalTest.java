package doublezero.localnet.launch;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.journal.Journal;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `doublezero-localnet start` on a ledger whose newest journal segment is gone: one line naming
/// the file, exit 1; with a PubSub queue bound that is not positive: one line naming the option,
/// exit 1.
@NeedsLedgerInternals(
    "tests doublezero-localnet start itself: a ledger directory with a journal segment removed, and"
        + " start options")
class StartRefusalTest {
  @TempDir Path dir;

  @Test
  void aMissingNewestSegmentStopsStartWithOneLineNamingTheFile() throws Exception {
    try (Localnet net =
        Localnet.start(LocalnetConfig.ephemeral(dir).withSlotMillis(5).withSnapshotEvery(40))) {
      TestRpc rpc = new TestRpc(net.rpcUrl());
      rpc.airdrop(Keypair.generate().publicKey(), 1_000_000_000L);
      while (Journal.segments(dir).getLast() < 3) {
        Thread.sleep(20);
      }
    }
    List<Long> segments = Journal.segments(dir);
    Path newest = Journal.segmentPath(dir, segments.getLast());
    Files.delete(newest);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LocalnetMain.class.getName(),
                "start",
                "--ledger",
                dir.toString(),
                "--rpc-port",
                "0")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> out =
        new String(p.getInputStream().readAllBytes()).lines().filter(l -> !l.isBlank()).toList();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(out).hasSize(1);
    assertThat(out.getFirst()).contains("localnet.start: failed").contains(newest.toString());
  }

  @Test
  void aPubsubQueueBoundThatIsNotPositiveIsRefusedNamingTheOption() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LocalnetMain.class.getName(),
                "start",
                "--ledger",
                dir.toString(),
                "--rpc-port",
                "0",
                "--pubsub-queue-bytes",
                "0")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> out =
        new String(p.getInputStream().readAllBytes()).lines().filter(l -> !l.isBlank()).toList();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(out).hasSize(1);
    assertThat(out.getFirst())
        .contains("localnet.start: failed")
        .contains("--pubsub-queue-bytes must be positive, got 0");
  }
}
