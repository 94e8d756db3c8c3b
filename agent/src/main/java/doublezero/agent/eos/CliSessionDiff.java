package doublezero.agent.eos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// The reference's way to read a session diff (§C.1): `ip netns exec default /usr/bin/Cli -p 15 -c
/// "show session-config named <session> diffs"` on the switch, 60 s timeout (EOS gives this command
/// no JSON form).
public final class CliSessionDiff implements SessionDiff {
  private static final long TIMEOUT_SECONDS = 60;
  private final List<String> cli;

  /// Runs `ip netns exec default /usr/bin/Cli`, as the reference does.
  public CliSessionDiff() {
    this(List.of("ip", "netns", "exec", "default", "/usr/bin/Cli"));
  }

  /// @param cli the command that stands for `/usr/bin/Cli` (tests run a script)
  CliSessionDiff(List<String> cli) {
    this.cli = List.copyOf(cli);
  }

  @Override
  public String diff(String session) {
    List<String> cmd = new ArrayList<>(cli);
    cmd.addAll(List.of("-p", "15", "-c", "show session-config named " + session + " diffs"));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new EosException("cannot run /usr/bin/Cli: " + e.getMessage(), e);
    }
    try (InputStream in = p.getInputStream()) {
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new EosException("/usr/bin/Cli timed out after " + TIMEOUT_SECONDS + " seconds");
      }
      if (p.exitValue() != 0) {
        throw new EosException(
            "\"show session-config named "
                + session
                + " diffs\" failed with exit "
                + p.exitValue()
                + ", output: "
                + out);
      }
      return out;
    } catch (IOException e) {
      throw new EosException("cannot read /usr/bin/Cli output: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new EosException("interrupted while reading the session diff");
    }
  }
}
