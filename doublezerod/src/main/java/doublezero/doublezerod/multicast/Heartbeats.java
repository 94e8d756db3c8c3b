package doublezero.doublezerod.multicast;

import doublezero.sdk.net.Ipv4Address;
import java.util.List;

/// A running publisher heartbeat ([HeartbeatSender] in the daemon, a recorder in tests).
public interface Heartbeats extends AutoCloseable {
  /// @param groups the published groups now (sent to at once)
  void updateGroups(List<Ipv4Address> groups);

  /// Stops sending.
  @Override
  void close();

  /// Opens heartbeats on a tunnel.
  @FunctionalInterface
  interface Opener {
    /// @param interfaceName the multicast tunnel
    /// @param source dz_ip
    /// @param groups the published groups
    /// @return the running heartbeats
    /// @throws RuntimeException when the socket cannot be opened
    Heartbeats open(String interfaceName, Ipv4Address source, List<Ipv4Address> groups);
  }
}
