package doublezero.e2e;

import doublezero.doublezerod.netns.Netns;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/// Makes this JVM's `127.0.0.1:port` (the ledger's RPC) reachable as `127.0.0.1:port` inside a
/// network namespace: the listening socket is opened by a thread inside the namespace (a socket
/// belongs to the namespace it was created in), the outgoing ones by threads of this JVM's own
/// namespace, and bytes are copied both ways.
final class PortForward implements AutoCloseable {
  private final ServerSocket server;

  private PortForward(ServerSocket server) {
    this.server = server;
    Thread.ofPlatform().daemon().name("forward-" + server.getLocalPort()).start(this::accept);
  }

  /// @param ns the namespace to listen in
  /// @param port the port, on 127.0.0.1 on both sides
  /// @return the running forwarder
  static PortForward start(Netns ns, int port) throws Exception {
    ServerSocket s =
        ns.call(
            () -> {
              ServerSocket ss = new ServerSocket();
              ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
              return ss;
            });
    return new PortForward(s);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket in = server.accept();
        Socket out = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        pump(in, out);
        pump(out, in);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (InputStream i = from.getInputStream();
                  OutputStream o = to.getOutputStream()) {
                i.transferTo(o);
              } catch (IOException ignored) {
                // the other side closed
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            });
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
