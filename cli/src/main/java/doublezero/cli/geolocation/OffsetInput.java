package doublezero.cli.geolocation;

import doublezero.cli.error.CliException;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/// Where `geolocation verify` gets the offset: a file holding one datagram's bytes, or the first
/// UDP datagram received on a port (as a target's offset listener, reference
/// `controlplane/telemetry/internal/geoprobe/transport.go`: one offset per datagram, read with a
/// buffer one byte over the 1,232-byte limit so that an oversized datagram is recognised).
final class OffsetInput {
  private OffsetInput() {}

  /// @param file the file
  /// @return its bytes
  /// @throws CliException when it cannot be read
  static byte[] file(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException("offset file " + file + " does not exist");
    } catch (IOException e) {
      throw new CliException("cannot read offset file " + file + ": " + e.getMessage());
    }
  }

  /// Waits for one datagram on `0.0.0.0:port`.
  ///
  /// @param port the UDP port
  /// @param wait how long to wait
  /// @param err where to say what happens
  /// @return the datagram's payload
  /// @throws CliException when the port cannot be bound or nothing arrives in time
  static byte[] listen(int port, Duration wait, PrintWriter err) {
    try (DatagramSocket socket = new DatagramSocket(null)) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("0.0.0.0", port));
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, wait.toMillis())));
      err.println("listening for one location offset on udp 0.0.0.0:" + socket.getLocalPort());
      err.flush();
      byte[] buf = new byte[OffsetLimits.MAX_DATAGRAM_BYTES + 1];
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      socket.receive(p);
      err.println("received " + p.getLength() + " bytes from " + p.getSocketAddress());
      err.flush();
      return Arrays.copyOf(buf, p.getLength());
    } catch (SocketTimeoutException e) {
      throw new CliException(
          "no location offset arrived on udp port " + port + " within " + wait.toSeconds() + " s");
    } catch (IOException e) {
      throw new CliException("cannot listen on udp port " + port + ": " + e.getMessage());
    }
  }
}
