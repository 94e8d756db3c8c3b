package doublezero.telemetry.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/// A UDP socket bound to a local address (optionally to one interface) that sends to one remote
/// address and reads datagrams with receive timestamps. One implementation takes kernel timestamps
/// through FFM ([KernelTimestampSocket]), the other is a plain `DatagramChannel` with userspace
/// timestamps ([ChannelProbeSocket]); [ProbeSockets#open] picks one.
public interface ProbeSocket extends Closeable {
  /// Sends one datagram to the remote address.
  ///
  /// @param data the payload
  /// @throws IOException when the send fails (e.g. no route, interface down)
  void send(byte[] data) throws IOException;

  /// Waits for one datagram.
  ///
  /// @param timeout how long to wait at most
  /// @return the datagram, or null when none arrived in time
  /// @throws IOException when the read fails
  ReceivedDatagram receive(Duration timeout) throws IOException;

  /// @return the bound local address and port
  InetSocketAddress localAddress();

  /// @return the remote address datagrams are sent to
  InetSocketAddress remoteAddress();

  /// @return whether received datagrams carry kernel timestamps
  boolean kernelTimestamps();

  /// Closes the socket; idempotent.
  @Override
  void close();
}
