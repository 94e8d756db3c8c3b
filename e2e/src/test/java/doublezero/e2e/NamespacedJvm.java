package doublezero.e2e;

import doublezero.doublezerod.netns.Netns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// A main class of this module's test class path run as its own process inside a network namespace
/// (`ip netns exec`), as the `bin/` launchers run it (native access, serial GC, C1 only for a fast
/// start), stdout and stderr in a log file. A JVM thread cannot carry a daemon into a namespace:
/// threads it creates later (virtual threads on shared carriers, HTTP client selectors) would open
/// their sockets wherever they happen to run.
final class NamespacedJvm implements AutoCloseable {
  private final Process process;
  private final Path log;

  private NamespacedJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /// @param ns the namespace
  /// @param log the log file (created or replaced)
  /// @param mainClass the main class
  /// @param args its arguments
  /// @return the running process
  static NamespacedJvm start(Netns ns, Path log, String mainClass, List<String> args)
      throws IOException {
    return start(ns, log, List.of("-XX:TieredStopAtLevel=1", "-Xmx128m"), mainClass, args);
  }

  /// @param ns the namespace
  /// @param log the log file (created or replaced)
  /// @param jvm JVM options besides native access and the serial collector
  /// @param mainClass the main class
  /// @param args its arguments
  /// @return the running process
  static NamespacedJvm start(
      Netns ns, Path log, List<String> jvm, String mainClass, List<String> args)
      throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "ip",
                "netns",
                "exec",
                ns.name(),
                ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new NamespacedJvm(p, log);
  }

  /// @return the log so far (empty when unreadable)
  String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /// @return whether the process still runs
  boolean alive() {
    return process.isAlive();
  }

  /// SIGTERM, then SIGKILL after 10 s.
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
