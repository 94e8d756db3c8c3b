package doublezero.geoprobe.twamp;

import doublezero.sdk.twamp.TwampPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;

/// The geoprobe's (and test target's) plain TWAMP-light reflector (reference
/// `tools/twamp/pkg/light/reflector_linux.go` at v0.12.0, port 8925, §B.4): a datagram of exactly
/// 48 bytes with bytes 12..47 zero goes back unchanged to its source; anything else is dropped and
/// counted. Parents (DZDs) measure the probe through it; the probe's targets run one too.
public final class PlainReflector implements AutoCloseable {
  private final DatagramChannel channel;
  private final Thread thread;
  private final AtomicLong reflected = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  private PlainReflector(DatagramChannel channel) {
    this.channel = channel;
    this.thread = Thread.ofPlatform().daemon().name("twamp-reflector").unstarted(this::run);
  }

  /// @param bind where to listen (port 0 picks one)
  /// @return the running reflector
  /// @throws IOException when the port cannot be bound
  public static PlainReflector start(InetSocketAddress bind) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    try {
      ch.bind(bind);
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    PlainReflector r = new PlainReflector(ch);
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
          dropped.incrementAndGet();
          continue;
        }
        channel.send(buf, from);
        reflected.incrementAndGet();
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        // an unreachable source must not stop the reflector
        dropped.incrementAndGet();
      }
    }
  }

  /// @return the bound port
  public int port() {
    try {
      return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /// @return datagrams echoed
  public long reflectedCount() {
    return reflected.get();
  }

  /// @return datagrams dropped (not a 48-byte zero-padded packet, failed send)
  public long droppedCount() {
    return dropped.get();
  }

  /// Closes the socket and waits for the thread.
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
