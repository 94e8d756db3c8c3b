package doublezero.bench;

import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Map;

/// Retained heap of the finished 10k index: for each repetition, full GC and read the used heap
/// (`MemoryMXBean`), build the index from the response bytes, full GC again while holding only the
/// index, read the used heap; prints each delta and the median in MiB. The response body itself is
/// allocated before the first reading and so is not counted. Then times 30 more builds, wall clock
/// and the building thread's CPU time (`ThreadMXBean`), and prints the medians: on a shared machine
/// CPU time is the figure least inflated by other processes (GC work on other threads is not in
/// it).
///
/// Usage: `java -cp benchmarks.jar doublezero.bench.IndexFootprint [accounts=10000]
/// [repetitions=7]`.
public final class IndexFootprint {
  private static final double MIB = 1024.0 * 1024.0;

  private IndexFootprint() {}

  /// @param args optional account count and repetitions
  public static void main(String[] args) {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    SampleAccounts samples = SampleAccounts.load();
    byte[] body = ProgramAccountsResponse.build(samples, accounts, 42);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(
        "accounts %d, response body %.2f MiB, samples: %s%n",
        accounts, body.length / MIB, samples.source());
    AccountIndex.build(body); // warm up class loading and JIT so their footprint is not counted
    double[] deltas = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long before = settledUsed(memory);
      long start = System.nanoTime();
      Map<PublicKey, ServiceabilityAccount> index = AccountIndex.build(body);
      long nanos = System.nanoTime() - start;
      long after = settledUsed(memory);
      Reference.reachabilityFence(index);
      deltas[i] = (after - before) / MIB;
      System.out.printf(
          "rep %d: %d entries, retained %.2f MiB, built in %.1f ms%n",
          i + 1, index.size(), deltas[i], nanos / 1e6);
    }
    double[] sorted = deltas.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "median retained heap of the index: %.2f MiB (min %.2f, max %.2f, %d repetitions)%n",
        sorted[repetitions / 2], sorted[0], sorted[repetitions - 1], repetitions);
    timeBuilds(body, 30);
    Reference.reachabilityFence(body);
  }

  private static void timeBuilds(byte[] body, int builds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[builds];
    double[] cpu = new double[builds];
    for (int i = 0; i < builds; i++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      Map<PublicKey, ServiceabilityAccount> index = AccountIndex.build(body);
      wall[i] = (System.nanoTime() - wall0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      Reference.reachabilityFence(index);
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        "build time over %d builds: median wall %.1f ms (min %.1f), median thread CPU %.1f ms (min"
            + " %.1f)%n",
        builds, wall[builds / 2], wall[0], cpu[builds / 2], cpu[0]);
  }

  private static long settledUsed(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
