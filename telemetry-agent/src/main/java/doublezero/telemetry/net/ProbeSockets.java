package doublezero.telemetry.net;

import java.io.IOException;
import java.net.InetSocketAddress;

/// Opens [ProbeSocket]s: kernel timestamps through FFM where the platform allows, else the
/// `DatagramChannel` fallback (userspace receive times, no interface binding).
public final class ProbeSockets {
  private static final boolean NATIVE = nativeAvailable();

  private ProbeSockets() {}

  /// @param local local IPv4 address (port 0: any)
  /// @param remote the peer
  /// @param interfaceName interface for `SO_BINDTODEVICE`, or null
  /// @return an open socket
  /// @throws IOException when neither kind can be opened (the message names the failing call)
  public static ProbeSocket open(
      InetSocketAddress local, InetSocketAddress remote, String interfaceName) throws IOException {
    if (NATIVE) {
      return KernelTimestampSocket.open(local, remote, interfaceName);
    }
    return ChannelProbeSocket.open(local, remote);
  }

  /// @return whether sockets get kernel receive timestamps on this platform
  public static boolean kernelTimestampsAvailable() {
    return NATIVE;
  }

  private static boolean nativeAvailable() {
    String os = System.getProperty("os.name", "").toLowerCase();
    String arch = System.getProperty("os.arch", "");
    if (!os.contains("linux")
        || !(arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))) {
      return false;
    }
    try {
      return Libc.SOCKET != null;
    } catch (LinkageError | UnsupportedOperationException | IllegalCallerException e) {
      return false;
    }
  }
}
