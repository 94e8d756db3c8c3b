package doublezero.telemetry.twamp;

import doublezero.sdk.twamp.TwampPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;

/// The TWAMP-light reflector (`tools/twamp/pkg/light/reflector_linux.go`,
/// `reference/telemetry-geolocation.md` §B.4): every datagram of exactly 48 bytes whose bytes
/// 12..47 are zero goes back, byte for byte, to its source address and port; anything else is
/// dropped and counted. No timestamps are added. Runs on one platform thread.
public final class TwampReflector implements AutoCloseable {
  private final DatagramChannel channel;
  private final Thread thread;
  private final AtomicLong reflected = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  private TwampReflector(DatagramChannel channel) {
    this.channel = channel;
    this.thread = Thread.ofPlatform().daemon().name("twamp-reflector").unstarted(this::run);
  }

  /// Binds and starts the reflector.
  ///
  /// @param address where to listen (the agent uses `0.0.0.0:<twamp-listen-port>`, 862 by default)
  /// @return the running reflector
  /// @throws IOException when the bind fails
  public static TwampReflector start(InetSocketAddress address) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    try {
      ch.bind(address);
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    TwampReflector r = new TwampReflector(ch);
    r.thread.start();
    return r;
  }

  private void run() {
    ByteBuffer buf = ByteBuffer.allocate(2048);
    while (channel.isOpen()) {
      try {
        buf.clear();
        SocketAddress from = channel.receive(buf);
        buf.flip();
        if (from == null || !TwampPacket.isValid(buf.array(), buf.limit())) {
          refused.incrementAndGet();
          continue;
        }
        channel.send(buf, from);
        reflected.incrementAndGet();
      } catch (AsynchronousCloseException e) {
        return;
      } catch (IOException e) {
        // a send to an unreachable source must not stop the reflector; the next datagram is served
        refused.incrementAndGet();
      }
    }
  }

  /// @return the bound address (with the actual port when bound to port 0)
  public InetSocketAddress localAddress() {
    try {
      return (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /// @return datagrams echoed
  public long reflected() {
    return reflected.get();
  }

  /// @return datagrams dropped (wrong size, non-zero padding, failed send)
  public long refused() {
    return refused.get();
  }

  /// Stops the reflector and closes its socket.
  @Override
  public void close() {
    try {
      channel.close();
      thread.join(1000);
    } catch (IOException ignored) {
      // nothing more to release
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
