package doublezero.doublezerod.latency;

import doublezero.sdk.net.Ipv4Address;
import java.time.Duration;
import java.util.List;

/// Sends ICMP echo requests and measures round trips.
public interface Pinger extends AutoCloseable {
  /// @param target the address
  /// @param count echoes to send
  /// @param timeout how long to wait for all replies
  /// @return the RTT of every echo answered, in ns (its size ≤ `count`; the rest were lost)
  /// @throws RuntimeException when no socket can be opened
  List<Long> ping(Ipv4Address target, int count, Duration timeout);

  @Override
  default void close() {}
}
