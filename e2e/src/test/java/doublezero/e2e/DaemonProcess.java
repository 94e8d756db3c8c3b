package doublezero.e2e;

import doublezero.doublezerod.netns.Netns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// Our `doublezerod` as a process inside the client namespace (userspace GRE backend, the ledger's
/// RPC at the URL given, fast poll and probe intervals), started from this JVM's class path with
/// native access enabled and the JVM options of `bin/doublezerod`.
final class DaemonProcess implements AutoCloseable {
  private final Netns ns;
  private final List<String> args;
  private final Path log;
  private Process process;
  private int starts;

  DaemonProcess(Netns ns, Path dir, String programId, String rpcUrl, String clientIp) {
    this.ns = ns;
    this.log = dir.resolve("doublezerod.log");
    this.args =
        List.of(
            "-env",
            "localnet",
            "-program-id",
            programId,
            "-solana-rpc-endpoint",
            rpcUrl,
            "-client-ip",
            clientIp,
            "-sock-file",
            socket(dir).toString(),
            "-state-dir",
            dir.resolve("state").toString(),
            "-tunnel-backend",
            "userspace",
            "-probe-interval",
            "1",
            "-cache-update-interval",
            "1",
            "-reconciler-poll-interval",
            "1");
  }

  static Path socket(Path dir) {
    return dir.resolve("run/doublezerod.sock");
  }

  /// Starts the daemon (with `bin/doublezerod`'s JVM options) and waits for its socket.
  void start() throws Exception {
    Path sock = Path.of(args.get(args.indexOf("-sock-file") + 1));
    Files.createDirectories(sock.getParent());
    Files.deleteIfExists(sock);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "ip",
                "netns",
                "exec",
                ns.name(),
                ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC",
                "-Xmx64m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "doublezero.doublezerod.launch.DoublezerodMain"));
    cmd.addAll(args);
    Path out = log.resolveSibling("doublezerod-" + ++starts + ".log");
    process =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    for (int i = 0; i < 300 && !Files.exists(sock); i++) {
      if (!process.isAlive()) {
        throw new IllegalStateException("doublezerod exited: " + Files.readString(out));
      }
      Thread.sleep(50);
    }
  }

  /// @return the running daemon's process id (the JVM's: `ip netns exec` execs it in place)
  long pid() {
    return process.pid();
  }

  /// SIGKILL: no teardown, the TUN interface goes with the process.
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /// @return the log of the current run
  String log() throws IOException {
    return Files.readString(log.resolveSibling("doublezerod-" + starts + ".log"));
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
