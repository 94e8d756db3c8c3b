package doublezero.localnet.bench;

import doublezero.localnet.RawWebSocket;
import doublezero.localnet.TestRpc;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import doublezero.sdk.solana.tx.Blockhash;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/// Benchmark harness (not a unit test) for ledger liveness under PubSub load, measured so that a
/// background load that changes from second to second (a machine shared with other builds) hits
/// both sides of each comparison alike: `java -cp …
/// doublezero.localnet.bench.PubSubAlternatingBench [window seconds=4] [pairs=6] [rounds=3]`.
///
/// Each round starts one fresh ledger ({@link BenchLedgerProcess}), funds 64 payers and 256
/// recipients, and keeps 64 closed-loop client threads sending system transfers (signed as they go,
/// `skipPreflight`, acknowledged after the journal fsync) for the whole round. While that load runs
/// without a pause (the first 15 s are warm-up, not measured), the subscriptions are switched:
/// `pairs` pairs of a `none` window (no subscriptions) and a `subs` window (200 accountSubscribe +
/// 200 programSubscribe with a never-matching memcmp filter, over 8 reading WebSockets, as {@link
/// PubSubBench}), `none` first in odd pairs and `subs` first in even ones (so that a drift, e.g.
/// the JIT still warming up, does not favour either), then `subs`, `subs+stuck` (plus one client
/// that subscribes to every system account and the 200 recipients and never reads; 12 s) and `subs`
/// again. Each window starts 1 s after the switch. Printed per round: `subs` against `none` (sum
/// over the pairs), `subs+stuck` against the mean of the `subs` windows around it; at the end the
/// medians over the rounds.
public final class PubSubAlternatingBench {
  private static final int THREADS = 64;
  private static final int RECIPIENTS = 256;
  private static final int STUCK_SECONDS = 12;
  private static final long WARMUP_MILLIS = 15_000;

  private PubSubAlternatingBench() {}

  public static void main(String[] args) throws Exception {
    int window = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf(
        "PubSubAlternatingBench: %d s windows, %d none/subs pairs, %d client threads, %d rounds,"
            + " cpus=%d%n",
        window, pairs, THREADS, rounds, Runtime.getRuntime().availableProcessors());
    List<Double> subsRatios = new ArrayList<>();
    List<Double> stuckRatios = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      double[] ratios = round(r, window, pairs);
      subsRatios.add(ratios[0]);
      stuckRatios.add(ratios[1]);
    }
    System.out.printf(
        "median over %d rounds: subs/none %.1f %%, subs+stuck/subs %.1f %%%n",
        rounds, 100 * median(subsRatios), 100 * median(stuckRatios));
  }

  /// One round; returns {subs/none, subs+stuck/subs}.
  private static double[] round(int r, int window, int pairs) throws Exception {
    try (BenchLedgerProcess ledger = BenchLedgerProcess.start()) {
      TestRpc rpc = new TestRpc(ledger.rpcUrl());
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
      Load load = new Load(rpc, payers, recipients);
      try {
        Thread.sleep(WARMUP_MILLIS);
        long noneAcked = 0;
        long subsAcked = 0;
        for (int i = 1; i <= pairs; i++) {
          boolean noneFirst = i % 2 == 1;
          Window none = noneFirst ? load.window(window, ledger.pid()) : null;
          List<PubSubBench.Reader> readers = PubSubBench.subscribe(ledger.wsUrl(), recipients);
          Window subs = load.window(window, ledger.pid());
          long notes = close(readers);
          if (!noneFirst) {
            none = load.window(window, ledger.pid());
          }
          noneAcked += none.acked;
          subsAcked += subs.acked;
          print(r, "none", i, none, "");
          print(r, "subs", i, subs, ", notifications read " + notes);
        }
        List<PubSubBench.Reader> readers = PubSubBench.subscribe(ledger.wsUrl(), recipients);
        Window before = load.window(window, ledger.pid());
        RawWebSocket stuck = stuck(ledger.wsUrl(), recipients);
        long opened = System.nanoTime();
        Window withStuck = load.window(STUCK_SECONDS, ledger.pid());
        long at = ledger.disconnectedAt().get();
        stuck.close();
        Window after = load.window(window, ledger.pid());
        close(readers);
        print(r, "subs", 0, before, " (before the non-reading client)");
        print(
            r,
            "subs+stuck",
            0,
            withStuck,
            at == 0
                ? ", non-reading client still connected at the end"
                : String.format(
                    ", non-reading client disconnected %.1f s after it subscribed",
                    (at - opened) / 1e9));
        print(r, "subs", 0, after, " (after)");
        double subsRatio = (double) subsAcked / noneAcked;
        double stuckRatio = withStuck.rate() / ((before.rate() + after.rate()) / 2);
        System.out.printf(
            "round %d summary: none %.0f tx/s, subs %.0f tx/s, subs/none %.1f %%, subs+stuck/subs"
                + " %.1f %%, failed %d%n",
            r,
            noneAcked / (double) (pairs * window),
            subsAcked / (double) (pairs * window),
            100 * subsRatio,
            100 * stuckRatio,
            load.failed.get());
        return new double[] {subsRatio, stuckRatio};
      } finally {
        load.stop();
      }
    }
  }

  private static RawWebSocket stuck(String ws, List<PublicKey> recipients) throws Exception {
    RawWebSocket stuck = new RawWebSocket(ws);
    stuck.sendText(
        PubSubBench.request(
            "programSubscribe", "\"" + SystemProgram.PROGRAM_ID + "\",{\"encoding\":\"base64\"}"));
    for (int i = 0; i < 200; i++) {
      stuck.sendText(
          PubSubBench.request(
              "accountSubscribe", "\"" + recipients.get(i) + "\",{\"encoding\":\"base64\"}"));
    }
    return stuck;
  }

  /// Disconnects the readers (the ledger drops their subscriptions); returns what they read.
  private static long close(List<PubSubBench.Reader> readers) throws InterruptedException {
    long notes = readers.stream().mapToLong(x -> x.messages.get()).sum();
    for (PubSubBench.Reader x : readers) {
      x.ws.abort();
    }
    Thread.sleep(200);
    return notes;
  }

  private static void print(int r, String phase, int pair, Window w, String note) {
    System.out.printf(
        "round %d %-10s %s %6.0f tx/s (%d acknowledged, %.1f s); ledger CPU %.0f us/tx, RSS %d MiB;"
            + " load %s%s%n",
        r,
        phase,
        pair > 0 ? "pair " + pair : "      ",
        w.rate(),
        w.acked,
        w.seconds,
        w.ledgerCpuSeconds * 1e6 / Math.max(1, w.acked),
        w.rssKiB / 1024,
        PubSubBench.load(),
        note);
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /// @param ledgerCpuSeconds CPU time (user + system) the ledger used inside the window
  private record Window(long acked, double seconds, double ledgerCpuSeconds, long rssKiB) {
    double rate() {
      return acked / seconds;
    }
  }

  /// 64 closed-loop client threads sending transfers until stopped; a blockhash refreshed every 5 s
  /// so that the round can last longer than a blockhash lives.
  private static final class Load {
    final AtomicLong acked = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final TestRpc rpc;
    private final List<Thread> threads = new ArrayList<>();
    private volatile Blockhash hash;
    private volatile boolean stopped;

    Load(TestRpc rpc, List<Keypair> payers, List<PublicKey> to) {
      this.rpc = rpc;
      this.hash = rpc.blockhash();
      threads.add(Thread.ofPlatform().daemon().start(this::refresh));
      for (int t = 0; t < payers.size(); t++) {
        Keypair p = payers.get(t);
        Random rnd = new Random(t);
        threads.add(Thread.ofPlatform().daemon().start(() -> send(p, to, rnd)));
      }
    }

    private void refresh() {
      while (!stopped) {
        try {
          Thread.sleep(5_000);
          hash = rpc.blockhash();
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          // keep the previous blockhash; the next refresh tries again
        }
      }
    }

    private void send(Keypair p, List<PublicKey> to, Random rnd) {
      long n = 0;
      while (!stopped) {
        var tx =
            LocalnetBench.fastSign(
                List.of(SystemProgram.transfer(p.publicKey(), to.get(rnd.nextInt(to.size())), ++n)),
                p,
                hash);
        String body =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sendTransaction\",\"params\":[\""
                + TestRpc.b64(tx)
                + "\",{\"encoding\":\"base64\",\"skipPreflight\":true}]}";
        try {
          boolean ok = rpc.raw(body).body().contains("\"result\"");
          (ok ? acked : failed).incrementAndGet();
        } catch (RuntimeException e) {
          if (!stopped) {
            failed.incrementAndGet();
          }
        }
      }
    }

    /// Waits 1 s for the switch to settle, then counts acknowledgements for `seconds`.
    Window window(int seconds, long ledgerPid) throws InterruptedException {
      Thread.sleep(1_000);
      long a0 = acked.get();
      double cpu0 = PubSubBench.cpuSeconds(ledgerPid);
      long t0 = System.nanoTime();
      long rss = 0;
      long end = t0 + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        rss = Math.max(rss, PubSubBench.rssKiB(ledgerPid));
        Thread.sleep(Math.max(1, Math.min(250, (end - System.nanoTime()) / 1_000_000)));
      }
      long a1 = acked.get();
      double cpu1 = PubSubBench.cpuSeconds(ledgerPid);
      double secs = (System.nanoTime() - t0) / 1e9;
      return new Window(a1 - a0, secs, cpu1 - cpu0, rss);
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread t : threads) {
        t.interrupt();
      }
      for (Thread t : threads) {
        t.join(10_000);
      }
    }
  }
}
