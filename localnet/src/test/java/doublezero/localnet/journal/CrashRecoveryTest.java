package doublezero.localnet.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.CrashChild;
import doublezero.localnet.Localnet;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Transaction;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Sends transfers from several threads to a child JVM and SIGKILLs it at random moments; after
/// each restart every acknowledged transaction is present, no transaction is partly applied and the
/// supply is conserved.
@NeedsLedgerInternals(
    "tests the in-process ledger itself: SIGKILLs a child ledger JVM and restarts it from its"
        + " journal")
class CrashRecoveryTest {
  record Transfer(PublicKey from, PublicKey to, long lamports) {}

  @TempDir Path dir;

  private Process child;
  private TestRpc rpc;

  private void startChild() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
                java,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
      // skip start-up noise
    }
    assertThat(line).as("child did not start").isNotNull();
    rpc = new TestRpc(line.substring(6));
    Thread.ofVirtual().start(() -> out.lines().forEach(l -> {}));
  }

  @Test
  void acknowledgedTransactionsSurviveSigkill() throws Exception {
    startChild();
    List<Keypair> senders = new ArrayList<>();
    List<PublicKey> receivers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Keypair k = Keypair.generate();
      rpc.airdrop(k.publicKey(), 1_000_000_000_000L);
      senders.add(k);
    }
    for (int i = 0; i < 6; i++) {
      receivers.add(Keypair.generate().publicKey());
    }
    Map<String, Transfer> attempted = new ConcurrentHashMap<>();
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicLong counter = new AtomicLong();
    Random random = new Random(42);
    for (int round = 0; round < 3; round++) {
      List<Thread> threads = new ArrayList<>();
      TestRpc live = rpc;
      for (Keypair s : senders) {
        threads.add(
            Thread.ofPlatform()
                .start(() -> sendLoop(live, s, receivers, attempted, acked, counter)));
      }
      Thread.sleep(400 + random.nextInt(1200));
      child.destroyForcibly().waitFor();
      threads.forEach(
          t -> {
            try {
              t.join();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          });
      startChild();
      verify(senders, receivers, attempted, acked);
    }
    assertThat(acked).hasSizeGreaterThan(50);
    child.destroyForcibly().waitFor();
  }

  private static void sendLoop(
      TestRpc rpc,
      Keypair from,
      List<PublicKey> to,
      Map<String, Transfer> attempted,
      Set<String> acked,
      AtomicLong counter) {
    try {
      while (true) {
        long n = counter.incrementAndGet();
        PublicKey dest = to.get((int) (n % to.size()));
        long lamports = 1_000_000_000L + n;
        Transaction tx =
            rpc.signed(
                List.of(SystemProgram.transfer(from.publicKey(), dest, lamports)),
                from,
                List.of(from));
        attempted.put(tx.signatureBase58(), new Transfer(from.publicKey(), dest, lamports));
        JsonNode r = rpc.send(tx, false);
        if (r.has("result")) {
          acked.add(r.get("result").asText());
        }
      }
    } catch (RuntimeException e) {
      // the child was killed
    }
  }

  private void verify(
      List<Keypair> senders,
      List<PublicKey> receivers,
      Map<String, Transfer> attempted,
      Set<String> acked) {
    List<String> sigs = new ArrayList<>(attempted.keySet());
    Set<String> committed = new java.util.HashSet<>();
    for (int i = 0; i < sigs.size(); i += 200) {
      List<String> part = sigs.subList(i, Math.min(sigs.size(), i + 200));
      JsonNode v =
          rpc.result("getSignatureStatuses", TestRpc.JSON.valueToTree(List.of(part)).toString())
              .path("value");
      for (int j = 0; j < part.size(); j++) {
        if (!v.get(j).isNull()) {
          assertThat(v.get(j).path("err").isNull()).isTrue();
          committed.add(part.get(j));
        }
      }
    }
    assertThat(committed).containsAll(acked);
    Map<PublicKey, Long> expected = new HashMap<>();
    senders.forEach(s -> expected.put(s.publicKey(), 1_000_000_000_000L));
    receivers.forEach(r -> expected.put(r, 0L));
    for (String s : committed) {
      Transfer t = attempted.get(s);
      expected.merge(t.from(), -t.lamports() - 5000, Long::sum);
      expected.merge(t.to(), t.lamports(), Long::sum);
    }
    long total = 0;
    for (Map.Entry<PublicKey, Long> e : expected.entrySet()) {
      assertThat(rpc.balance(e.getKey())).as("balance of " + e.getKey()).isEqualTo(e.getValue());
      total += e.getValue();
    }
    PublicKey faucetKey =
        doublezero.sdk.solana.key.KeypairFile.read(dir.resolve("faucet-keypair.json")).publicKey();
    long faucet = rpc.balance(faucetKey);
    assertThat(faucet).isEqualTo(Localnet.FAUCET_LAMPORTS - 4 * 1_000_000_000_000L - 4 * 5000L);
    assertThat(total + faucet + 5000L * committed.size() + 4 * 5000L)
        .isEqualTo(Localnet.FAUCET_LAMPORTS);
  }
}
