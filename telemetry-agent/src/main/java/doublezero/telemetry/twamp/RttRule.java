package doublezero.telemetry.twamp;

/// The reference sender's choice of round-trip time (`decideRTT` in
/// `tools/twamp/pkg/light/sender_linux.go`, `reference/telemetry-geolocation.md` §B.4). All
/// arguments are wall-clock (CLOCK_REALTIME) nanoseconds since the UNIX epoch.
/// - kernel receive time − send time < −100 µs: the kernel clock is not comparable (e.g. a
///   misconfigured interface), use the userspace receive time instead;
/// - then anything negative is clamped to 0 (clock sampling and syscall latency).
public final class RttRule {
  /// Below this (negative) kernel RTT the userspace receive time is used.
  public static final long KERNEL_SKEW_LIMIT_NANOS = -100_000L;

  private RttRule() {}

  /// @param sendNanos wall-clock time just before the packet was sent
  /// @param kernelRecvNanos the kernel's receive timestamp (`SO_TIMESTAMPNS`)
  /// @param userspaceRecvNanos wall-clock time right after `recvmsg` returned
  /// @return the RTT in nanoseconds, never negative
  public static long decide(long sendNanos, long kernelRecvNanos, long userspaceRecvNanos) {
    long rtt = kernelRecvNanos - sendNanos;
    if (rtt < KERNEL_SKEW_LIMIT_NANOS) {
      rtt = userspaceRecvNanos - sendNanos;
    }
    return Math.max(rtt, 0);
  }
}
