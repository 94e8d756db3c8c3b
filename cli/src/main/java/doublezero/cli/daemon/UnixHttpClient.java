package doublezero.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/// A minimal HTTP/1.1 client over a Unix domain socket (the JDK's `SocketChannel` +
/// `UnixDomainSocketAddress`; `java.net.http` cannot dial Unix sockets): one request per connection
/// (`Connection: close`), the body read up to `Content-Length` or the end of the stream. No chunked
/// encoding: the daemon never sends it.
final class UnixHttpClient {
  static final int MAX_RESPONSE = 16 * 1024 * 1024;

  /// A response: status code and body.
  record Response(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Path socket;

  UnixHttpClient(Path socket) {
    this.socket = socket;
  }

  Response get(String path) throws IOException {
    return send("GET", path);
  }

  Response post(String path) throws IOException {
    return send("POST", path);
  }

  private Response send(String method, String path) throws IOException {
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: doublezerod\r\nConnection: close\r\n"
            + "Content-Length: 0\r\n\r\n";
    try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      ByteBuffer req = ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII));
      while (req.hasRemaining()) {
        ch.write(req);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buf = ByteBuffer.allocate(8192);
      int headerEnd = -1;
      long want = -1;
      while (true) {
        int n = ch.read(buf);
        if (n < 0) {
          break;
        }
        out.write(buf.array(), 0, buf.position());
        buf.clear();
        if (out.size() > MAX_RESPONSE) {
          throw new IOException("response larger than " + MAX_RESPONSE + " bytes");
        }
        byte[] sofar = out.toByteArray();
        if (headerEnd < 0) {
          headerEnd = indexOf(sofar, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          if (headerEnd >= 0) {
            want = contentLength(new String(sofar, 0, headerEnd, StandardCharsets.ISO_8859_1));
          }
        }
        if (headerEnd >= 0 && want >= 0 && sofar.length - headerEnd - 4 >= want) {
          break;
        }
      }
      byte[] all = out.toByteArray();
      if (headerEnd < 0) {
        throw new IOException("connection closed before the response headers");
      }
      String headers = new String(all, 0, headerEnd, StandardCharsets.ISO_8859_1);
      String[] status = headers.split("\r\n", 2)[0].split(" ");
      if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP response: " + headers.split("\r\n", 2)[0]);
      }
      int bodyLen =
          (int)
              (want >= 0 ? Math.min(want, all.length - headerEnd - 4) : all.length - headerEnd - 4);
      byte[] body = new byte[bodyLen];
      System.arraycopy(all, headerEnd + 4, body, 0, bodyLen);
      return new Response(Integer.parseInt(status[1]), body);
    }
  }

  private static long contentLength(String headers) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        return Long.parseLong(line.substring(colon + 1).trim());
      }
    }
    return -1;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
