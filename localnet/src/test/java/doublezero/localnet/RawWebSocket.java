package doublezero.localnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/// A WebSocket client on a plain socket that sends text frames and never reads after the handshake
/// (a PubSub client that has stopped reading). The receive buffer is kept small so the server's
/// queue fills quickly.
public final class RawWebSocket implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;

  /// Connects to `ws://host:port/` and completes the upgrade.
  public RawWebSocket(String wsUrl) throws IOException {
    URI uri = URI.create(wsUrl);
    socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
    socket.setSoTimeout(5_000);
    out = socket.getOutputStream();
    out.write(
        ("GET / HTTP/1.1\r\nHost: "
                + uri.getHost()
                + ":"
                + uri.getPort()
                + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed during the WebSocket handshake: " + head);
      }
      head.append((char) b);
    }
    if (!head.toString().startsWith("HTTP/1.1 101")) {
      throw new IOException("upgrade refused: " + head);
    }
  }

  /// Sends one masked text frame.
  public void sendText(String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    int n = payload.length;
    byte[] head =
        n < 126
            ? new byte[] {(byte) 0x81, (byte) (0x80 | n)}
            : new byte[] {(byte) 0x81, (byte) (0x80 | 126), (byte) (n >> 8), (byte) n};
    out.write(head);
    out.write(new byte[4]);
    out.write(payload);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
