package doublezero.telemetry.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// A Java main of this module's test class path run in a network namespace, its output in a log
/// file.
final class JvmProcess implements AutoCloseable {
  final Process process;
  final Path log;

  private JvmProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static JvmProcess start(String ns, Path log, String mainClass, List<String> args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx128m",
                "-cp",
                cp,
                mainClass));
    cmd.addAll(args);
    try {
      Process p =
          new ProcessBuilder(NetnsLab.in(ns, cmd))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      return new JvmProcess(p, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /// SIGTERM, then waits for the exit.
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    return process.exitValue();
  }

  /// SIGTERM to all at once, then waits for each.
  ///
  /// @return the exit codes
  static List<Integer> stopAll(JvmProcess... processes) throws InterruptedException {
    for (JvmProcess p : processes) {
      p.process.destroy();
    }
    List<Integer> codes = new ArrayList<>();
    for (JvmProcess p : processes) {
      codes.add(p.stop());
    }
    return codes;
  }

  /// @return how many times the agent logged its start
  long starts() {
    return logText().lines().filter(l -> l.contains("event=agent-started")).count();
  }

  /// SIGKILL.
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  boolean logContains(String text) {
    return logText().contains(text);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
