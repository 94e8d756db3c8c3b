package doublezero.doublezerod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/// A test client: one HTTP/1.1 request over the daemon's Unix socket (`Connection: close`), the raw
/// response split into status, headers and body.
public final class UnixHttp {
  public record Response(int status, String headers, String body) {}

  private UnixHttp() {}

  public static Response get(Path socket, String path) throws IOException {
    return send(socket, "GET", path, "");
  }

  public static Response post(Path socket, String path, String body) throws IOException {
    return send(socket, "POST", path, body);
  }

  public static Response send(Path socket, String method, String path, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: doublezerod\r\nConnection: close\r\nContent-Length: "
            + b.length
            + "\r\n\r\n";
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      ch.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
      try {
        ch.write(ByteBuffer.wrap(b));
      } catch (IOException e) {
        // the server answered an oversized body and closed before reading all of it (EPIPE): its
        // answer is in our receive queue, read it as a client would
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buf = ByteBuffer.allocate(8192);
      while (ch.read(buf) >= 0) {
        buf.flip();
        out.write(buf.array(), 0, buf.limit());
        buf.clear();
      }
      String text = out.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String headers = text.substring(0, split);
      int status = Integer.parseInt(headers.split(" ")[1]);
      return new Response(status, headers, text.substring(split + 4));
    }
  }
}
