package doublezero.telemetry.e2e;

import doublezero.sdk.twamp.TwampPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/// A userspace TWAMP-light reflector that delays every reply by a fixed time and drops the replies
/// to probes whose sequence number is a multiple of `dropEvery` (the machines here have no `tc
/// netem`). Run as `ImpairedReflector <port> <delay-ms> <drop-every>`; prints `ready` once bound.
public final class ImpairedReflector {
  private ImpairedReflector() {}

  /// @param args port, delay in ms, drop-every (0: none)
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long delayMs = Long.parseLong(args[1]);
    int dropEvery = Integer.parseInt(args[2]);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (DatagramChannel ch = DatagramChannel.open().bind(new InetSocketAddress("0.0.0.0", port))) {
      System.out.println("ready");
      System.out.flush();
      ByteBuffer buf = ByteBuffer.allocate(2048);
      while (true) {
        buf.clear();
        SocketAddress from = ch.receive(buf);
        buf.flip();
        byte[] data = new byte[buf.remaining()];
        buf.get(data);
        if (!TwampPacket.isValid(data, data.length)) {
          continue;
        }
        long seq = TwampPacket.decode(data).sequence();
        if (dropEvery > 0 && seq % dropEvery == 0) {
          continue;
        }
        timer.schedule(
            () -> {
              try {
                ch.send(ByteBuffer.wrap(data), from);
              } catch (IOException e) {
                System.out.println("send failed: " + e.getMessage());
              }
            },
            delayMs,
            TimeUnit.MILLISECONDS);
      }
    }
  }
}
