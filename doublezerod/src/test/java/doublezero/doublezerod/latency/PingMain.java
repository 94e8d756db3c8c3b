package doublezero.doublezerod.latency;

import doublezero.sdk.net.Ipv4Address;
import java.time.Duration;
import java.util.List;

/// Run inside a network namespace by [IcmpPingerTest]: pings an address 3 times and prints `<socket
/// kind> <answered> <min rtt ns>`.
public final class PingMain {
  private PingMain() {}

  public static void main(String[] args) {
    IcmpPinger p = new IcmpPinger();
    List<Long> rtts = p.ping(Ipv4Address.parse(args[0]), 3, Duration.ofSeconds(3));
    System.out.println(
        IcmpPinger.socketKind()
            + " "
            + rtts.size()
            + " "
            + rtts.stream().mapToLong(Long::longValue).min().orElse(-1));
  }
}
