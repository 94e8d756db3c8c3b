package doublezero.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// A Linux process's resident memory as the benchmarks report it, from `/proc/PID/status`.
///
/// @param rssKiB `VmRSS`: resident set size now, KiB
/// @param peakRssKiB `VmHWM`: the largest resident set size so far, KiB
public record ProcessMemory(long rssKiB, long peakRssKiB) {
  /// @param pid a live process
  /// @return its `VmRSS` and `VmHWM`
  /// @throws IOException when the process is gone or its status lacks either field
  public static ProcessMemory of(long pid) throws IOException {
    long rss = -1;
    long hwm = -1;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line);
      } else if (line.startsWith("VmHWM:")) {
        hwm = kib(line);
      }
    }
    if (rss < 0 || hwm < 0) {
      throw new IOException("/proc/" + pid + "/status has no VmRSS or VmHWM (a kernel thread?)");
    }
    return new ProcessMemory(rss, hwm);
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }
}
