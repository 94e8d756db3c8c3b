package doublezero.doublezerod.multicast;

/// Where [PimJoiner] sends its PIM messages: [PimSocket] on a tunnel, a recorder in tests.
public interface PimTransport extends AutoCloseable {
  /// @param message one encoded PIM message (the IP payload)
  /// @throws RuntimeException when the kernel refuses the send
  void send(byte[] message);

  @Override
  void close();

  /// Opens a transport on a tunnel.
  @FunctionalInterface
  interface Opener {
    /// @param interfaceName the multicast tunnel
    /// @return an open transport
    /// @throws RuntimeException when it cannot be opened
    PimTransport open(String interfaceName);
  }
}
