package doublezero.doublezerod.gre;

import doublezero.doublezerod.posix.Posix;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/// A layer-3 TUN interface (`/dev/net/tun`, `ioctl(TUNSETIFF)` with `IFF_TUN | IFF_NO_PI`): every
/// read returns one IPv4 packet the kernel routed into the interface, every write injects one. The
/// interface disappears when the descriptor is closed.
final class TunDevice implements AutoCloseable {
  static final long TUNSETIFF = 0x400454caL;
  static final short IFF_TUN = 0x0001;
  static final short IFF_NO_PI = 0x1000;
  private final int fd;
  private final String name;
  private volatile boolean closed;

  private TunDevice(int fd, String name) {
    this.fd = fd;
    this.name = name;
  }

  /// @param name the interface name (≤ 15 bytes)
  /// @return the open device
  /// @throws doublezero.doublezerod.posix.PosixException when `/dev/net/tun` cannot be opened or
  ///   the ioctl fails
  static TunDevice open(String name) {
    int fd = Posix.open("/dev/net/tun", Posix.O_RDWR);
    try (Arena a = Arena.ofConfined()) {
      MemorySegment ifr = a.allocate(40);
      byte[] n = name.getBytes(StandardCharsets.US_ASCII);
      MemorySegment.copy(n, 0, ifr, ValueLayout.JAVA_BYTE, 0, n.length);
      ifr.set(ValueLayout.JAVA_SHORT, 16, (short) (IFF_TUN | IFF_NO_PI));
      Posix.ioctl(fd, TUNSETIFF, ifr);
    } catch (RuntimeException e) {
      Posix.close(fd);
      throw e;
    }
    return new TunDevice(fd, name);
  }

  String name() {
    return name;
  }

  /// @return bytes read into `buf`, 0 when nothing arrived within `timeoutMillis` or the device is
  ///   closed
  int read(MemorySegment buf, int timeoutMillis) {
    if (closed || !Posix.pollIn(fd, timeoutMillis) || closed) {
      return 0;
    }
    return (int) Posix.read(fd, buf, buf.byteSize());
  }

  void write(MemorySegment buf, int len) {
    Posix.write(fd, buf, len);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      Posix.close(fd);
    }
  }
}
