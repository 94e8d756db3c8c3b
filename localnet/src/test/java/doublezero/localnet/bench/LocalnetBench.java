package doublezero.localnet.bench;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.TestRpc;
import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Transaction;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/// Benchmark harness (not a unit test): `java -cp … doublezero.localnet.bench.LocalnetBench
/// [seconds]`.
/// 1. sustained system transfers over HTTP with the journal fsync on (64 client threads,
///    transactions signed and encoded before the timed window; the signing rate and a getHealth
///    round-trip ceiling are reported apart);
/// 2. getProgramAccounts latency over 10,000 accounts of 300 bytes; 3. heap after storing 100,000
///    accounts.
public final class LocalnetBench {
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path dir = Files.createTempDirectory("localnet-bench");
    try (Localnet net =
        Localnet.start(
            LocalnetConfig.ephemeral(dir).withSlotMillis(400).withSnapshotEvery(50_000))) {
      transfers(net, seconds);
      programAccounts(net);
      heap(net);
    }
  }

  static void transfers(Localnet net, int seconds) throws Exception {
    TestRpc rpc = new TestRpc(net.rpcUrl());
    int threads = 64;
    int perThread = Math.max(100, seconds * 5000 / threads);
    List<Keypair> payers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Keypair k = Keypair.generate();
      rpc.airdrop(k.publicKey(), 1_000_000_000_000L);
      payers.add(k);
    }
    PublicKey sink = Keypair.generate().publicKey();
    rpc.airdrop(sink, 1_000_000_000L);
    doublezero.sdk.solana.tx.Blockhash hash = rpc.blockhash();
    // Load generator cost, measured apart: signing and encoding every transaction before the timed
    // window.
    List<List<String>> bodies = new ArrayList<>();
    long s0 = System.nanoTime();
    for (Keypair p : payers) {
      List<String> mine = new ArrayList<>(perThread);
      for (int n = 0; n < perThread; n++) {
        Transaction tx =
            fastSign(List.of(SystemProgram.transfer(p.publicKey(), sink, 1 + n)), p, hash);
        mine.add(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sendTransaction\",\"params\":[\""
                + TestRpc.b64(tx)
                + "\",{\"encoding\":\"base64\",\"skipPreflight\":true}]}");
      }
      bodies.add(mine);
    }
    double signSecs = (System.nanoTime() - s0) / 1e9;
    System.out.printf(
        "load generator: signed and encoded %d transfers on one thread in %.2f s = %.0f tx/s "
            + "(BouncyCastle Ed25519; outside the timed window)%n",
        threads * perThread, signSecs, threads * perThread / signSecs);
    double healthRate =
        closedLoop(
            threads,
            seconds / 2.0,
            i ->
                rpc.raw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getHealth\"}")
                    .body()
                    .contains("ok"));
    System.out.printf(
        "HTTP round trips of getHealth with the same %d client threads: %.0f req/s "
            + "(client + HTTP stack ceiling on this machine)%n",
        threads, healthRate);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> ts = new ArrayList<>();
    for (List<String> mine : bodies) {
      ts.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (String body : mine) {
                      if (System.nanoTime() >= end) {
                        return;
                      }
                      if (rpc.raw(body).body().contains("\"result\"")) {
                        done.incrementAndGet();
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  }));
    }
    long t0 = System.nanoTime();
    for (Thread t : ts) {
      t.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "transfers: %d acknowledged (%d failed) in %.1f s = %.0f tx/s (pre-signed; journal fsync"
            + " before every acknowledgement)%n",
        done.get(), failed.get(), secs, done.get() / secs);
  }

  /// Requests per second of `call` from `threads` closed-loop client threads over `seconds`.
  static double closedLoop(int threads, double seconds, java.util.function.IntPredicate call)
      throws Exception {
    AtomicLong ok = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int id = i;
      ts.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (System.nanoTime() < end) {
                      if (call.test(id)) {
                        ok.incrementAndGet();
                      }
                    }
                  }));
    }
    long t0 = System.nanoTime();
    for (Thread t : ts) {
      t.join();
    }
    return ok.get() / ((System.nanoTime() - t0) / 1e9);
  }

  /// Client-side signing with BouncyCastle so the load generator does not starve the server of CPU.
  static Transaction fastSign(
      List<doublezero.sdk.solana.tx.Instruction> ixs,
      Keypair payer,
      doublezero.sdk.solana.tx.Blockhash hash) {
    doublezero.sdk.solana.tx.Message m =
        doublezero.sdk.solana.tx.Message.compile(ixs, payer.publicKey(), hash);
    byte[] msg = m.serialize();
    byte[] sig = new byte[64];
    org.bouncycastle.math.ec.rfc8032.Ed25519.sign(payer.secretKey(), 0, msg, 0, msg.length, sig, 0);
    return Transaction.of(m, List.of(sig));
  }

  static void programAccounts(Localnet net) {
    PublicKey owner = Keypair.generate().publicKey();
    Map<PublicKey, Account> accounts = new HashMap<>();
    for (int i = 0; i < 10_000; i++) {
      byte[] data = new byte[300];
      data[0] = (byte) (i % 7);
      accounts.put(Keypair.generate().publicKey(), new Account(3_000_000, owner, data, false, -1));
    }
    net.node().writeAccounts(accounts).join();
    TestRpc rpc = new TestRpc(net.rpcUrl());
    String params = "[\"" + owner + "\",{\"encoding\":\"base64\"}]";
    for (int i = 0; i < 20; i++) {
      rpc.result("getProgramAccounts", params);
    }
    long[] ms = new long[50];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      rpc.raw(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"getProgramAccounts\",\"params\":"
              + params
              + "}");
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    String filtered =
        "[\""
            + owner
            + "\",{\"encoding\":\"base64\",\"filters\":[{\"dataSize\":300},{\"memcmp\":{\"offset\":0,\"bytes\":\"2\"}}]}]";
    long t = System.nanoTime();
    int n = rpc.result("getProgramAccounts", filtered).size();
    System.out.printf(
        "getProgramAccounts 10,000 x 300 B (HTTP, base64, all returned): median %d ms, p95 %d ms,"
            + " max %d ms; with memcmp filter (%d hits): %d ms%n",
        ms[25], ms[47], ms[49], n, (System.nanoTime() - t) / 1_000_000);
  }

  static void heap(Localnet net) throws Exception {
    PublicKey owner = Keypair.generate().publicKey();
    for (int batch = 0; batch < 10; batch++) {
      Map<PublicKey, Account> accounts = new HashMap<>();
      for (int i = 0; i < 10_000; i++) {
        accounts.put(
            Keypair.generate().publicKey(),
            new Account(3_000_000, owner, new byte[300], false, -1));
      }
      net.node().writeAccounts(accounts).join();
    }
    System.gc();
    Thread.sleep(500);
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(
        "heap after GC with %d accounts stored (100,000 of 300 B + the rest): %.0f MiB%n",
        net.node().bank().accounts().size(), used / 1048576.0);
  }
}
