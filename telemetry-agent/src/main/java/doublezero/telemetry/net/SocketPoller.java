package doublezero.telemetry.net;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

/// Waits on many [KernelTimestampSocket]s at once with one `poll(2)` per wake-up, so that one
/// thread can keep hundreds of probes in flight (one thread blocked per socket costs two context
/// switches per probe). The `struct pollfd` array (8 bytes each: `fd`, `events`, `revents`) is kept
/// between calls and grown when needed. Linux only, like the sockets. Not thread-safe: one waiter
/// at a time.
public final class SocketPoller implements AutoCloseable {
  private final Arena stateArena = Arena.ofShared();
  private final MemorySegment state = Libc.callState(stateArena);
  private Arena arena = Arena.ofShared();
  private MemorySegment fds = MemorySegment.NULL;
  private int capacity;

  /// Waits until at least one of `sockets` has a datagram to read, or the timeout passes.
  ///
  /// @param sockets the sockets (at least one)
  /// @param timeoutNanos the longest wait in ns (rounded up to whole ms)
  /// @param ready out: `ready[i]` is set when `sockets.get(i)` has a datagram or an error to read,
  ///   cleared otherwise; at least `sockets.size()` long
  /// @return how many sockets are ready; 0 when the timeout passed
  /// @throws IOException when `poll` fails (the message names errno)
  /// @throws IllegalArgumentException when `ready` is shorter than `sockets`
  public int await(List<KernelTimestampSocket> sockets, long timeoutNanos, boolean[] ready)
      throws IOException {
    int n = sockets.size();
    if (ready.length < n) {
      throw new IllegalArgumentException("ready holds " + ready.length + " flags for " + n);
    }
    ensureCapacity(n);
    for (int i = 0; i < n; i++) {
      long off = (long) i * Libc.POLLFD_SIZE;
      fds.set(JAVA_INT, off, sockets.get(i).fd());
      fds.set(JAVA_SHORT, off + 4, Libc.POLLIN);
      fds.set(JAVA_SHORT, off + 6, (short) 0);
    }
    int millis =
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, (timeoutNanos + 999_999) / 1_000_000));
    int count;
    while (true) {
      try {
        count = (int) Libc.POLL.invokeExact(state, fds, (long) n, millis);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
      if (count >= 0 || Libc.errno(state) != Libc.EINTR) {
        break;
      }
    }
    if (count < 0) {
      throw Libc.failure("poll(" + n + " sockets)", state);
    }
    for (int i = 0; i < n; i++) {
      ready[i] = fds.get(JAVA_SHORT, (long) i * Libc.POLLFD_SIZE + 6) != 0;
    }
    return count;
  }

  private void ensureCapacity(int n) {
    if (n <= capacity) {
      return;
    }
    int grown = Math.max(n, capacity * 2);
    arena.close();
    arena = Arena.ofShared();
    fds = arena.allocate((long) grown * Libc.POLLFD_SIZE, 4);
    capacity = grown;
  }

  /// Frees the native memory.
  @Override
  public void close() {
    arena.close();
    stateArena.close();
  }
}
