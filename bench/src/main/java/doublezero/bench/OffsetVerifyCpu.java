package doublezero.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/// Offset verification cost in thread CPU time, the figure a shared machine inflates least (JMH's
/// throughput counts wall time, which other processes' load steals): for 1 and 5 references, runs
/// [OffsetVerifyBenchmark#verify] for a warm-up second and then `n` times, and prints the CPU time
/// per offset and its inverse, offsets per CPU-second (= per core).
///
/// Usage: `java -cp benchmarks.jar doublezero.bench.OffsetVerifyCpu [n=5000]`.
public final class OffsetVerifyCpu {
  private OffsetVerifyCpu() {}

  /// @param args optional repetition count
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int refs : new int[] {1, 5}) {
      OffsetVerifyBenchmark b = new OffsetVerifyBenchmark();
      b.references = refs;
      b.build();
      long warm = System.nanoTime() + 1_000_000_000L;
      while (System.nanoTime() < warm) {
        b.verify();
      }
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        b.verify();
      }
      double cpuUs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
      double wallUs = (System.nanoTime() - wall0) / 1e3 / n;
      System.out.printf(
          "references %d: %.1f µs CPU per offset = %.0f offsets per CPU-second (wall %.1f µs)%n",
          refs, cpuUs, 1e6 / cpuUs, wallUs);
    }
  }
}
