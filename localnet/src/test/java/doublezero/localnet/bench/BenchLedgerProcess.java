package doublezero.localnet.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/// A {@link BenchLedger} in its own JVM (`-Xmx1g`, plus `BENCH_LEDGER_OPTS`; `BENCH_LEDGER_CP` put
/// first on its class path) on a fresh temporary ledger directory, for the PubSub benchmarks.
///
/// @param process the ledger JVM
/// @param rpcUrl its JSON-RPC URL
/// @param wsUrl its PubSub URL
/// @param disconnectedAt `System.nanoTime()` of its first `pubsub.disconnect` log line, 0 before
record BenchLedgerProcess(Process process, String rpcUrl, String wsUrl, AtomicLong disconnectedAt)
    implements AutoCloseable {
  /// Starts one and waits until it prints `READY`.
  ///
  /// @throws IllegalStateException when it exits first
  static BenchLedgerProcess start() throws Exception {
    Path dir = Files.createTempDirectory("pubsub-bench");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
    String extra = System.getenv("BENCH_LEDGER_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.trim().split("\\s+")));
    }
    String before = System.getenv("BENCH_LEDGER_CP");
    String cp =
        (before == null || before.isBlank() ? "" : before + ":")
            + System.getProperty("java.class.path");
    cmd.addAll(List.of("-cp", cp, BenchLedger.class.getName(), dir.toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
      // start-up log
    }
    if (line == null) {
      child.destroyForcibly();
      throw new IllegalStateException("ledger did not start");
    }
    String[] urls = line.split(" ");
    AtomicLong disconnectedAt = new AtomicLong();
    Thread.ofVirtual()
        .start(
            () ->
                out.lines()
                    .forEach(
                        l -> {
                          if (l.contains("pubsub.disconnect")) {
                            disconnectedAt.compareAndSet(0, System.nanoTime());
                          }
                        }));
    return new BenchLedgerProcess(child, urls[1], urls[2], disconnectedAt);
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
