package doublezero.telemetry.net;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/// The few libc socket calls the probe socket needs, bound through FFM (`java.lang.foreign`) on
/// 64-bit Linux (x86_64, aarch64: LP64 `msghdr`, `cmsghdr`, `timespec` layouts). Each call captures
/// `errno`.
final class Libc {
  static final int AF_INET = 2;
  static final int SOCK_DGRAM = 2;
  static final int SOCK_CLOEXEC = 0x80000;
  static final int SOL_SOCKET = 1;
  static final int SO_BINDTODEVICE = 25;
  static final int SO_TIMESTAMPNS = 35;
  static final int SCM_TIMESTAMPNS = SO_TIMESTAMPNS;
  static final int MSG_DONTWAIT = 0x40;
  static final short POLLIN = 1;
  static final int EINTR = 4;
  static final int EAGAIN = 11;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

  static final MethodHandle SOCKET =
      bind("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
  static final MethodHandle SETSOCKOPT =
      bind(
          "setsockopt",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  static final MethodHandle BIND =
      bind("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  static final MethodHandle GETSOCKNAME =
      bind("getsockname", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
  static final MethodHandle SENDTO =
      bind(
          "sendto",
          FunctionDescriptor.of(
              JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
  static final MethodHandle RECVMSG =
      bind("recvmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
  static final MethodHandle POLL =
      bind("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
  static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  static final MethodHandle STRERROR =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("strerror").orElseThrow(),
          FunctionDescriptor.of(ADDRESS, JAVA_INT));

  /// `struct pollfd { int fd; short events; short revents; }`
  static final int POLLFD_SIZE = 8;

  private Libc() {}

  private static MethodHandle bind(String name, FunctionDescriptor fd) {
    MemorySegment fn =
        LINKER
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name));
    return LINKER.downcallHandle(fn, fd, Linker.Option.captureCallState("errno"));
  }

  /// @param arena where the call-state segment lives
  /// @return a segment to pass as the first argument of every call above
  static MemorySegment callState(Arena arena) {
    return arena.allocate(CALL_STATE);
  }

  static int errno(MemorySegment state) {
    return (int) ERRNO.get(state, 0L);
  }

  static IOException failure(String call, MemorySegment state) {
    int errno = errno(state);
    String text;
    try {
      MemorySegment msg = (MemorySegment) STRERROR.invokeExact(errno);
      text = msg.reinterpret(256).getString(0);
    } catch (Throwable t) {
      text = "errno " + errno;
    }
    return new IOException(call + ": " + text + " (errno " + errno + ")");
  }
}
