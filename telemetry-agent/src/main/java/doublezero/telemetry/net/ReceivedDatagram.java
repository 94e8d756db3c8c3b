package doublezero.telemetry.net;

import java.net.InetSocketAddress;

/// One datagram read by a [ProbeSocket].
///
/// @param data the payload (a copy, exactly as long as the datagram)
/// @param source the sender's address and port
/// @param kernelNanos the kernel's receive timestamp (`SO_TIMESTAMPNS`, CLOCK_REALTIME ns since the
///   UNIX epoch), or [#NO_KERNEL_TIMESTAMP] when the socket has none
/// @param userspaceNanos wall-clock ns since the UNIX epoch right after the read returned
public record ReceivedDatagram(
    byte[] data, InetSocketAddress source, long kernelNanos, long userspaceNanos) {
  /// Marks a datagram without a kernel timestamp.
  public static final long NO_KERNEL_TIMESTAMP = Long.MIN_VALUE;

  /// @return whether the kernel stamped this datagram
  public boolean hasKernelTimestamp() {
    return kernelNanos != NO_KERNEL_TIMESTAMP;
  }
}
