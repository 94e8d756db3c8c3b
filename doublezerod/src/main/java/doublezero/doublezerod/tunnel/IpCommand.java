package doublezero.doublezerod.tunnel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/// Runs iproute2's `ip` (the stand-in for rtnetlink until the composition root wires the netlink
/// package).
public final class IpCommand {
  private IpCommand() {}

  /// @param args the arguments after `ip`
  /// @return standard output
  /// @throws TunnelException when `ip` exits non-zero (the message carries its stderr) or cannot
  ///   run
  public static String run(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("ip");
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new TunnelException(String.join(" ", cmd) + ": timed out");
      }
      if (p.exitValue() != 0) {
        throw new TunnelException(
            String.join(" ", cmd) + ": " + new String(err, StandardCharsets.UTF_8).strip());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TunnelException(String.join(" ", cmd) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TunnelException(String.join(" ", cmd) + ": interrupted", e);
    }
  }
}
