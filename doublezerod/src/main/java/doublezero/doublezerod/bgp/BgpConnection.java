package doublezero.doublezerod.bgp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;

/// Framing over one TCP connection: read one whole message (header, then the rest), write whole
/// messages. Writes are serialized so the keepalive thread and the session thread can both send.
final class BgpConnection implements AutoCloseable {
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private volatile boolean fourOctetAs;

  BgpConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
    this.out = socket.getOutputStream();
  }

  void fourOctetAs(boolean value) {
    fourOctetAs = value;
  }

  /// @param timeoutMillis read timeout (the hold timer), 0 for none
  void readTimeout(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
  }

  /// @return the next message
  /// @throws BgpException for a message RFC 4271/7606 answers with a NOTIFICATION
  /// @throws IOException on EOF (also in the middle of a message), reset or read timeout
  BgpMessage read() throws IOException {
    byte[] header = new byte[BgpCodec.HEADER_LENGTH];
    in.readFully(header);
    int length = BgpCodec.checkHeader(header);
    byte[] message = Arrays.copyOf(header, length);
    in.readFully(message, BgpCodec.HEADER_LENGTH, length - BgpCodec.HEADER_LENGTH);
    return BgpCodec.decode(message, fourOctetAs);
  }

  /// @return whether bytes of a next message are already buffered or waiting in the socket (the
  ///   next [#read] would not wait for the peer)
  boolean messageWaiting() throws IOException {
    return in.available() > 0;
  }

  synchronized void write(BgpMessage message) throws IOException {
    out.write(BgpCodec.encode(message, fourOctetAs));
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a socket that failed already
    }
  }
}
