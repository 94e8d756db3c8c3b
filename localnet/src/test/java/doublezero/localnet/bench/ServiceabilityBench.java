package doublezero.localnet.bench;

import doublezero.localnet.TestRpc;
import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.solana.tx.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/// Benchmark harness (not a unit test): serviceability instructions through localnet over HTTP, as
/// CreateUser + ActivateUser pairs (issue 4's target: ≥ 1,000 instructions/s). `java -cp …
/// doublezero.localnet.bench.ServiceabilityBench [users] [slotMillis]`.
///
/// Set-up (not timed): GlobalState/GlobalConfig, a location, exchange, contributor and one
/// activated device with max_users 65535, and an access pass per user (8 user payers). Timed: every
/// CreateUser is sent (pre-signed, 32 client threads, skipPreflight) and confirmed, then every
/// ActivateUser (activator-signed, off-chain allocation arguments) is sent and confirmed. Each
/// transaction carries one instruction; the journal fsyncs before each acknowledgement.
public final class ServiceabilityBench {
  private ServiceabilityBench() {}

  public static void main(String[] args) throws Exception {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long slotMillis = args.length > 1 ? Long.parseLong(args[1]) : 400;
    Path dir = Files.createTempDirectory("svc-bench");
    try (ProgramHarness h = ProgramHarness.initialized(dir, c -> c.withSlotMillis(slotMillis))) {
      run(h, users, slotMillis);
    }
  }

  static void run(ProgramHarness h, int users, long slotMillis) throws Exception {
    NetworkFixture f = new NetworkFixture(h);
    PublicKey loc = f.location("lax");
    PublicKey exch = f.exchange("xlax");
    PublicKey contributor = f.contributor("co01", h.foundation.publicKey());
    PublicKey device =
        f.activatedDevice(
            "la2-dz01",
            contributor,
            loc,
            exch,
            Ipv4Address.parse("207.45.216.134"),
            NetworkV4.parse("100.0.0.0/16"),
            65535);
    List<Keypair> payers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      payers.add(h.funded());
    }
    List<Ipv4Address> ips = NetworkFixture.clientIps(users);
    TestRpc rpc = new TestRpc(h.net.rpcUrl());
    Blockhash hash = rpc.blockhash();
    List<Transaction> passes = new ArrayList<>();
    for (int i = 0; i < users; i += 6) {
      List<Instruction> batch = new ArrayList<>();
      for (int j = i; j < Math.min(users, i + 6); j++) {
        batch.add(f.accessPass(ips.get(j), payers.get(j % payers.size()).publicKey()));
      }
      passes.add(LocalnetBench.fastSign(batch, h.foundation, hash));
    }
    check("access passes", sendAndConfirm(rpc, passes, 32));

    hash = rpc.blockhash();
    List<Transaction> creates = new ArrayList<>(users);
    List<Transaction> activates = new ArrayList<>(users);
    int base = Ipv4Address.parse("100.0.0.1").value();
    for (int i = 0; i < users; i++) {
      Keypair payer = payers.get(i % payers.size());
      creates.add(
          LocalnetBench.fastSign(List.of(f.createUser(payer, device, ips.get(i))), payer, hash));
      NetworkV4 tunnelNet =
          new NetworkV4(new Ipv4Address(Ipv4Address.parse("169.254.0.0").value() + 2 * i), 31);
      activates.add(
          LocalnetBench.fastSign(
              List.of(
                  f.activateUser(
                      f.userPda(ips.get(i)),
                      ips.get(i),
                      payer.publicKey(),
                      500 + i % 500,
                      tunnelNet,
                      new Ipv4Address(base + i))),
              h.foundation,
              hash));
    }
    long t0 = System.nanoTime();
    check("CreateUser", sendAndConfirm(rpc, creates, 32));
    long t1 = System.nanoTime();
    check("ActivateUser", sendAndConfirm(rpc, activates, 32));
    long t2 = System.nanoTime();
    long activated =
        h.serviceability.getAll(AccountType.USER, User.class).stream()
            .filter(u -> u.state().status() == UserStatus.ACTIVATED)
            .count();
    double secs = (t2 - t0) / 1e9;
    System.out.printf(
        "slot %d ms, %d users on one device: CreateUser %.0f tx/s, ActivateUser %.0f tx/s; "
            + "%d pairs in %.2f s = %.0f pairs/s = %.0f instructions/s; %d users Activated%n",
        slotMillis,
        users,
        users / ((t1 - t0) / 1e9),
        users / ((t2 - t1) / 1e9),
        users,
        secs,
        users / secs,
        2 * users / secs,
        activated);
  }

  private static void check(String what, int failures) {
    if (failures != 0) {
      throw new IllegalStateException(what + ": " + failures + " transactions failed");
    }
  }

  /// Sends every transaction (skipPreflight) from `threads` client threads, then waits until all
  /// are confirmed.
  ///
  /// @return how many failed
  static int sendAndConfirm(TestRpc rpc, List<Transaction> txs, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    List<String> signatures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      ts.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < txs.size();
                        i = next.getAndIncrement()) {
                      var r = rpc.send(txs.get(i), true);
                      if (r.has("result")) {
                        signatures.add(r.get("result").asText());
                      } else {
                        rejected.incrementAndGet();
                      }
                    }
                  }));
    }
    for (Thread t : ts) {
      t.join();
    }
    int failed = rejected.get();
    for (int i = 0; i < signatures.size(); i += 256) {
      List<String> chunk = signatures.subList(i, Math.min(signatures.size(), i + 256));
      StringBuilder params = new StringBuilder("[[");
      for (int j = 0; j < chunk.size(); j++) {
        params.append(j == 0 ? "" : ",").append('"').append(chunk.get(j)).append('"');
      }
      params.append("]]");
      for (var status : rpc.result("getSignatureStatuses", params.toString()).path("value")) {
        if (status.isNull() || !status.path("err").isNull()) {
          failed++;
        }
      }
    }
    return failed;
  }
}
