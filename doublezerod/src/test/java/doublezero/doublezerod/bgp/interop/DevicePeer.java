package doublezero.doublezerod.bgp.interop;

import doublezero.doublezerod.netns.Netns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// A real BGP daemon playing the DoubleZero device in its own namespace, with the peer settings of
/// the e2e agent config fixtures
/// (`../shared/reference-data/e2e/fixtures/ibrl/doublezero_agent_config_user_added.tmpl`): AS
/// 65342, neighbor 169.254.0.1 remote-as 65000, passive, `timers bgp 1 3`, one accepted route.
public abstract class DevicePeer implements AutoCloseable {
  static final String DEVICE = "169.254.0.0";
  static final String CLIENT = "169.254.0.1";
  protected final Netns ns;
  protected final Path dir;
  protected Process process;

  DevicePeer(Netns ns, Path dir) {
    this.ns = ns;
    this.dir = dir;
  }

  /// @return the daemon's name for messages
  abstract String name();

  /// @return whether its binaries are installed
  abstract boolean installed();

  /// Starts the daemon announcing `prefixes`.
  abstract void start(List<String> prefixes) throws Exception;

  /// Announces one more prefix.
  abstract void announce(String prefix) throws Exception;

  /// Withdraws a prefix.
  abstract void withdraw(String prefix) throws Exception;

  /// @return what the daemon received from the client, as text containing the prefixes
  abstract String received() throws Exception;

  /// Administratively shuts the session down (a Cease NOTIFICATION).
  abstract void disableSession() throws Exception;

  /// Re-enables the session.
  abstract void enableSession() throws Exception;

  /// @return the daemon's pid
  long pid() {
    return process.pid();
  }

  /// SIGSTOP: the TCP connection stays open but nothing is sent (the hold timer must notice).
  void freeze() {
    Netns.run("kill", "-STOP", Long.toString(pid()));
  }

  /// SIGCONT after [#freeze].
  void thaw() {
    Netns.run("kill", "-CONT", Long.toString(pid()));
  }

  /// SIGKILL: the kernel closes the connection at once.
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String log() throws IOException {
    Path log = dir.resolve(name() + ".log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws Exception {
    if (process != null && process.isAlive()) {
      thaw();
      kill();
    }
  }
}
