package doublezero.telemetry.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/// The fallback [ProbeSocket]: a JDK `DatagramChannel` with userspace receive times (no
/// `SO_TIMESTAMPNS`, no `SO_BINDTODEVICE`), for platforms where [KernelTimestampSocket] cannot be
/// opened.
public final class ChannelProbeSocket implements ProbeSocket {
  private final DatagramChannel channel;
  private final Selector selector;
  private final InetSocketAddress remote;
  private final ByteBuffer buffer = ByteBuffer.allocate(2048);

  private ChannelProbeSocket(DatagramChannel channel, Selector selector, InetSocketAddress remote) {
    this.channel = channel;
    this.selector = selector;
    this.remote = remote;
  }

  /// @param local local address to bind (port 0 for any)
  /// @param remote where probes go
  /// @return the open socket
  /// @throws IOException when the bind fails
  public static ChannelProbeSocket open(InetSocketAddress local, InetSocketAddress remote)
      throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    try {
      ch.bind(local);
      ch.configureBlocking(false);
      Selector sel = Selector.open();
      ch.register(sel, SelectionKey.OP_READ);
      return new ChannelProbeSocket(ch, sel, remote);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  @Override
  public void send(byte[] data) throws IOException {
    channel.send(ByteBuffer.wrap(data), remote);
  }

  @Override
  public ReceivedDatagram receive(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      buffer.clear();
      InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
      if (from != null) {
        Instant now = Instant.now();
        buffer.flip();
        byte[] data = Arrays.copyOf(buffer.array(), buffer.limit());
        return new ReceivedDatagram(
            data,
            from,
            ReceivedDatagram.NO_KERNEL_TIMESTAMP,
            now.getEpochSecond() * 1_000_000_000L + now.getNano());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      selector.select(Math.max(1, left / 1_000_000));
      selector.selectedKeys().clear();
    }
  }

  @Override
  public InetSocketAddress localAddress() {
    try {
      return (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  @Override
  public boolean kernelTimestamps() {
    return false;
  }

  @Override
  public void close() {
    try {
      selector.close();
      channel.close();
    } catch (IOException ignored) {
      // closing twice or a failed close leaves nothing to undo
    }
  }
}
