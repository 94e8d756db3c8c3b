package doublezero.doublezerod.bgp;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

/// A hand-written passive BGP peer on loopback that sends crafted bytes to our speaker over a real
/// TCP socket.
final class FakePeer implements AutoCloseable {
  private final ServerSocket server;
  private Socket socket;
  private DataInputStream in;

  FakePeer() throws IOException {
    server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    server.setSoTimeout(20_000);
  }

  int port() {
    return server.getLocalPort();
  }

  /// Accepts the speaker's next connection and brings the session to Established; returns our
  /// speaker's OPEN.
  Open acceptAndEstablish() throws IOException {
    socket = server.accept();
    socket.setSoTimeout(20_000);
    in = new DataInputStream(socket.getInputStream());
    Open theirs = (Open) read();
    send(
        BgpCodec.encode(
            new Open(
                4,
                65342,
                9,
                Ipv4Address.parse("2.2.2.2"),
                List.of(Capability.Multiprotocol.IPV4_UNICAST, new Capability.FourOctetAs(65342))),
            true));
    send(BgpCodec.encode(Keepalive.INSTANCE, true));
    assertThat(read()).isEqualTo(Keepalive.INSTANCE);
    return theirs;
  }

  BgpMessage read() throws IOException {
    return BgpCodec.decode(readRaw(), true);
  }

  byte[] readRaw() throws IOException {
    byte[] header = new byte[19];
    in.readFully(header);
    int length = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
    byte[] m = Arrays.copyOf(header, length);
    in.readFully(m, 19, length - 19);
    return m;
  }

  /// Reads until a NOTIFICATION arrives (skipping KEEPALIVEs and UPDATEs).
  Notification readNotification() throws IOException {
    while (true) {
      if (read() instanceof Notification n) {
        return n;
      }
    }
  }

  /// @return whether the speaker closed the connection (EOF) within the socket timeout
  boolean closedByPeer() {
    try {
      while (true) {
        read();
      }
    } catch (IOException e) {
      return true;
    }
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  void drop() throws IOException {
    socket.close();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    }
    server.close();
  }
}
