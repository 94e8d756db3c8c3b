package doublezero.localnet.bench;

import doublezero.localnet.RawWebSocket;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import doublezero.testkit.ProcessMemory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/// Benchmark harness (not a unit test) for ledger liveness under PubSub load, issue 17 item 3:
/// `java -cp … doublezero.localnet.bench.PubSubBench [seconds=15] [rounds=2]
/// [phases=none,subs,subs+stuck]` (`BENCH_LEDGER_OPTS` adds JVM options to the ledger process, e.g.
/// a JFR recording; `BENCH_LEDGER_CP` puts other ledger classes first on its class path, e.g. an
/// earlier commit's `localnet/src/main` compiled apart, for a before/after comparison).
///
/// Each phase starts a fresh ledger in its own JVM ({@link BenchLedger}), funds 64 payers,
/// pre-signs system transfers to 256 recipients (outside the timed window), then sends them for
/// `seconds` from 64 closed-loop HTTP client threads (`skipPreflight`; the ledger acknowledges only
/// after the journal fsync that covers the transfer) after 3 s of warm-up, while sampling the
/// ledger process's RSS. Phases, in the order given (default below) in every round; a phase may be
/// named twice, e.g. `none,subs,subs+stuck,none`, and the round's baseline is then the mean of its
/// `none` runs (which cancels a background load that drifts during the round). After each round and
/// at the end, the ratios are printed ({@link PubSubBenchSummary}):
/// - `none`: no subscriptions (the baseline, measured in the same run);
/// - `subs`: 200 accountSubscribe on 200 of the recipients and 200 programSubscribe on the system
///   program with a memcmp filter (evaluated on every written account, never matching), spread over
///   8 WebSockets that read;
/// - `subs+stuck`: the same plus one client that subscribes to every system account
///   (programSubscribe without a filter) and to the 200 recipients, and never reads.
public final class PubSubBench {
  private static final int THREADS = 64;
  private static final int RECIPIENTS = 256;
  private static final int WARMUP_SECONDS = 3;

  private PubSubBench() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> phases =
        args.length > 2 ? List.of(args[2].split(",")) : List.of("none", "subs", "subs+stuck");
    System.out.printf(
        "PubSubBench: %d s per phase after %d s warm-up, %d client threads, %d rounds, cpus=%d%n",
        seconds, WARMUP_SECONDS, THREADS, rounds, Runtime.getRuntime().availableProcessors());
    PubSubBenchSummary summary = new PubSubBenchSummary();
    for (int r = 1; r <= rounds; r++) {
      for (String phase : phases) {
        summary.add(phase, run(r, phase, seconds));
      }
      System.out.println(summary.endRound(r));
    }
    System.out.println(summary.overall());
  }

  /// One phase in a fresh ledger; returns its acknowledged transfers per second.
  private static double run(int round, String phase, int seconds) throws Exception {
    try (BenchLedgerProcess ledger = BenchLedgerProcess.start()) {
      return measure(
          round,
          phase,
          seconds,
          new TestRpc(ledger.rpcUrl()),
          ledger.wsUrl(),
          ledger.pid(),
          ledger.disconnectedAt());
    }
  }

  private static double measure(
      int round,
      String phase,
      int seconds,
      TestRpc rpc,
      String ws,
      long pid,
      AtomicLong disconnectedAt)
      throws Exception {
    List<Keypair> payers = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Keypair k = Keypair.generate();
      rpc.airdrop(k.publicKey(), 1_000_000_000_000L);
      payers.add(k);
    }
    List<PublicKey> recipients = new ArrayList<>();
    for (int i = 0; i < RECIPIENTS; i++) {
      PublicKey k = Keypair.generate().publicKey();
      rpc.airdrop(k, 1_000_000_000L);
      recipients.add(k);
    }
    List<List<String>> bodies =
        presign(rpc, payers, recipients, (seconds + WARMUP_SECONDS) * 6_000 / THREADS);
    List<Reader> readers = new ArrayList<>();
    RawWebSocket stuck = null;
    if (!phase.equals("none")) {
      readers = subscribe(ws, recipients);
    }
    if (phase.equals("subs+stuck")) {
      stuck = new RawWebSocket(ws);
      stuck.sendText(
          request(
              "programSubscribe",
              "\"" + SystemProgram.PROGRAM_ID + "\",{\"encoding\":\"base64\"}"));
      for (int i = 0; i < 200; i++) {
        stuck.sendText(
            request("accountSubscribe", "\"" + recipients.get(i) + "\",{\"encoding\":\"base64\"}"));
      }
    }
    Result res = load(rpc, bodies, seconds, pid);
    long notes = readers.stream().mapToLong(r -> r.messages.get()).sum();
    String stuckNote = "";
    if (stuck != null) {
      long at = disconnectedAt.get();
      stuckNote =
          at == 0
              ? ", non-reading client still connected at the end"
              : String.format(
                  ", non-reading client disconnected %.1f s after the window opened",
                  (at - res.windowStart) / 1e9);
      stuck.close();
    }
    System.out.printf(
        "round %d %-10s %7.0f tx/s (%d acknowledged, %d failed, %.1f s); notifications read %d; CPU"
            + " per tx: ledger %.0f us, client %.0f us; ledger RSS max %d MiB, end %d MiB%s; load"
            + " %s%n",
        round,
        phase,
        res.acked / res.seconds,
        res.acked,
        res.failed,
        res.seconds,
        notes,
        res.ledgerCpuSeconds * 1e6 / res.acked,
        res.clientCpuSeconds * 1e6 / res.acked,
        res.rssMaxKiB / 1024,
        res.rssEndKiB / 1024,
        stuckNote,
        load());
    for (Reader r : readers) {
      r.ws.abort();
    }
    return res.acked / res.seconds;
  }

  private static List<List<String>> presign(
      TestRpc rpc, List<Keypair> payers, List<PublicKey> to, int perThread) {
    Blockhash hash = rpc.blockhash();
    List<List<String>> bodies = new ArrayList<>();
    Random rnd = new Random(1);
    for (Keypair p : payers) {
      List<String> mine = new ArrayList<>(perThread);
      for (int n = 0; n < perThread; n++) {
        var tx =
            LocalnetBench.fastSign(
                List.of(
                    SystemProgram.transfer(p.publicKey(), to.get(rnd.nextInt(to.size())), 1 + n)),
                p,
                hash);
        mine.add(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sendTransaction\",\"params\":[\""
                + TestRpc.b64(tx)
                + "\",{\"encoding\":\"base64\",\"skipPreflight\":true}]}");
      }
      bodies.add(mine);
    }
    return bodies;
  }

  /// 200 account + 200 program subscriptions over 8 reading WebSockets; returns once all are
  /// acknowledged.
  static List<Reader> subscribe(String ws, List<PublicKey> recipients) throws Exception {
    List<Reader> readers = new ArrayList<>();
    Random rnd = new Random(2);
    for (int c = 0; c < 8; c++) {
      Reader r = new Reader(ws);
      for (int i = 0; i < 25; i++) {
        r.ws
            .sendText(
                request(
                    "accountSubscribe",
                    "\"" + recipients.get(c * 25 + i) + "\",{\"encoding\":\"base64\"}"),
                true)
            .join();
        byte[] never = new byte[8];
        rnd.nextBytes(never);
        r.ws
            .sendText(
                request(
                    "programSubscribe",
                    "\""
                        + SystemProgram.PROGRAM_ID
                        + "\",{\"encoding\":\"base64\","
                        + "\"filters\":[{\"memcmp\":{\"offset\":0,\"bytes\":\""
                        + doublezero.sdk.solana.key.Base58.encode(never)
                        + "\"}}]}"),
                true)
            .join();
      }
      readers.add(r);
    }
    for (Reader r : readers) {
      while (r.messages.get() < 50) {
        Thread.sleep(5);
      }
      r.messages.set(0);
    }
    return readers;
  }

  static String request(String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
        + method
        + "\",\"params\":["
        + params
        + "]}";
  }

  /// @param ledgerCpuSeconds CPU time (user + system) the ledger process used inside the window
  /// @param clientCpuSeconds CPU time this process (load generator, readers) used inside the window
  private record Result(
      long acked,
      long failed,
      double seconds,
      long windowStart,
      long rssMaxKiB,
      long rssEndKiB,
      double ledgerCpuSeconds,
      double clientCpuSeconds) {}

  private static Result load(TestRpc rpc, List<List<String>> bodies, int seconds, long pid)
      throws Exception {
    AtomicLong acked = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    long windowStart = start + WARMUP_SECONDS * 1_000_000_000L;
    long end = windowStart + seconds * 1_000_000_000L;
    List<Thread> ts = new ArrayList<>();
    for (List<String> mine : bodies) {
      ts.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (String body : mine) {
                      long now = System.nanoTime();
                      if (now >= end) {
                        return;
                      }
                      boolean ok = rpc.raw(body).body().contains("\"result\"");
                      long at = System.nanoTime();
                      if (at >= windowStart && at < end) {
                        (ok ? acked : failed).incrementAndGet();
                      }
                    }
                  }));
    }
    long rssMax = 0;
    double ledgerCpu0 = -1;
    double clientCpu0 = -1;
    double ledgerCpu = 0;
    double clientCpu = 0;
    while (System.nanoTime() < end) {
      rssMax = Math.max(rssMax, rssKiB(pid));
      if (ledgerCpu0 < 0 && System.nanoTime() >= windowStart) {
        ledgerCpu0 = cpuSeconds(pid);
        clientCpu0 = cpuSeconds(ProcessHandle.current().pid());
      }
      ledgerCpu = cpuSeconds(pid);
      clientCpu = cpuSeconds(ProcessHandle.current().pid());
      Thread.sleep(200);
    }
    for (Thread t : ts) {
      t.join();
    }
    return new Result(
        acked.get(),
        failed.get(),
        seconds,
        windowStart,
        rssMax,
        rssKiB(pid),
        ledgerCpu - ledgerCpu0,
        clientCpu - clientCpu0);
  }

  /// utime + stime of a process from /proc/<pid>/stat, in seconds (clock ticks of 1/100 s).
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (Exception e) {
      return 0;
    }
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "?";
    }
  }

  static long rssKiB(long pid) {
    try {
      return ProcessMemory.of(pid).rssKiB();
    } catch (IOException e) {
      return 0; // process gone
    }
  }

  /// A PubSub client that reads and counts every message.
  static final class Reader implements WebSocket.Listener {
    final AtomicLong messages = new AtomicLong();
    final WebSocket ws;

    Reader(String url) {
      ws =
          HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), this).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      if (last) {
        messages.incrementAndGet();
      }
      w.request(1);
      return null;
    }
  }
}
