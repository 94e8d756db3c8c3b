package doublezero.e2e;

import doublezero.doublezerod.gre.GreCodec;
import doublezero.doublezerod.gre.GreFormatException;
import doublezero.doublezerod.gre.GreFrame;
import doublezero.doublezerod.netns.Netns;
import doublezero.doublezerod.posix.Posix;
import doublezero.sdk.net.Ipv4Address;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/// What clients send into their GRE tunnels, as the device receives it: a raw IP-protocol-47 socket
/// in the device namespace (unbound, so it gets a copy of every GRE packet addressed to the device,
/// whichever endpoint terminates it, and from before the endpoint exists), each packet decoded with
/// [GreCodec] and the inner IPv4 packet kept when its protocol is one of those asked for.
final class GreCapture implements AutoCloseable {
  /// One inner packet.
  ///
  /// @param client the outer source (the client's IP)
  /// @param endpoint the outer destination (the device endpoint)
  /// @param source the inner source
  /// @param destination the inner destination
  /// @param ttl the inner TTL
  /// @param protocol the inner IP protocol
  /// @param payload what follows the inner IPv4 header
  /// @param nanos [System#nanoTime] at receipt
  record Inner(
      Ipv4Address client,
      Ipv4Address endpoint,
      Ipv4Address source,
      Ipv4Address destination,
      int ttl,
      int protocol,
      byte[] payload,
      long nanos) {}

  private final int fd;
  private final List<Integer> protocols;
  private final List<Inner> seen = new ArrayList<>();
  private final Thread reader;
  private volatile boolean running = true;

  private GreCapture(int fd, List<Integer> protocols) {
    this.fd = fd;
    this.protocols = protocols;
    this.reader = Thread.ofPlatform().daemon().name("gre-capture").start(this::read);
  }

  /// @param ns the device namespace
  /// @param protocols the inner IP protocols to keep (e.g. 103 PIM, 17 UDP)
  /// @return the running capture
  static GreCapture open(Netns ns, List<Integer> protocols) throws Exception {
    int fd =
        ns.call(
            () -> {
              int s = Posix.socket(Posix.AF_INET, Posix.SOCK_RAW, Posix.IPPROTO_GRE);
              Posix.setReceiveTimeout(s, 200);
              return s;
            });
    return new GreCapture(fd, List.copyOf(protocols));
  }

  private void read() {
    try (Arena a = Arena.ofConfined()) {
      MemorySegment buf = a.allocate(65536);
      while (running) {
        long n;
        try {
          n = Posix.recv(fd, buf, buf.byteSize());
        } catch (RuntimeException e) {
          continue; // receive timeout, or closed
        }
        byte[] b = Arrays.copyOf(buf.toArray(ValueLayout.JAVA_BYTE), (int) n);
        try {
          GreFrame f = GreCodec.decodeIpv4(b, b.length);
          if (f.protocol() == GreCodec.PROTO_IPV4 && f.payloadLength() >= 20) {
            keep(b, f);
          }
        } catch (GreFormatException e) {
          // not ours to judge here: the endpoints count these
        }
      }
    }
  }

  private void keep(byte[] b, GreFrame f) {
    int o = f.payloadOffset();
    int protocol = b[o + 9] & 0xFF;
    if (!protocols.contains(protocol)) {
      return;
    }
    int ihl = (b[o] & 0x0F) * 4;
    Inner p =
        new Inner(
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, 12, 16)),
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, 16, 20)),
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, o + 12, o + 16)),
            Ipv4Address.ofOctets(Arrays.copyOfRange(b, o + 16, o + 20)),
            b[o + 8] & 0xFF,
            protocol,
            Arrays.copyOfRange(b, o + ihl, o + f.payloadLength()),
            System.nanoTime());
    synchronized (seen) {
      seen.add(p);
      seen.notifyAll();
    }
  }

  /// @return every packet kept so far, in order of receipt
  List<Inner> all() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  /// Waits for a packet that matches.
  ///
  /// @param within how long to wait
  /// @param match the condition
  /// @return the first packet kept that matches (earlier ones included), empty after `within`
  Optional<Inner> await(Duration within, Predicate<Inner> match) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    synchronized (seen) {
      while (true) {
        Optional<Inner> hit = seen.stream().filter(match).findFirst();
        long left = deadline - System.nanoTime();
        if (hit.isPresent() || left <= 0) {
          return hit;
        }
        seen.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    reader.join(2000);
    Posix.close(fd);
  }
}
