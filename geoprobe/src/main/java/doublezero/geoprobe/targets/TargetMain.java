package doublezero.geoprobe.targets;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-target [--udp-port 8923] [--verify-signatures true] [--rate-limit 10]`
/// (reference `controlplane/telemetry/cmd/geoprobe-target/main.go` at v0.12.0, §E.6): listens for
/// composite offsets, verifies the signature chain and prints it with the distance bound and the
/// region ([OffsetReport]) on standard output, one event per datagram; refused datagrams print one
/// `refused reason=…` line. Like the reference, it trusts any signer (use `doublezero geolocation
/// verify` to pin keys). Not yet here: the plain TWAMP reflector.
@Command(
    name = "doublezero-geoprobe-target",
    mixinStandardHelpOptions = true,
    version = "doublezero-geoprobe-target 0.1.0",
    description = "Receives, verifies and prints location offsets")
public final class TargetMain implements Callable<Integer> {
  @Option(names = "--udp-port", defaultValue = "8923", description = "offset listener port")
  int udpPort;

  @Option(
      names = "--verify-signatures",
      defaultValue = "true",
      arity = "1",
      description = "check every signature")
  boolean verify;

  @Option(
      names = "--rate-limit",
      defaultValue = "10",
      description = "datagrams per second per source IP (0: none)")
  int rateLimit;

  private final Map<InetAddress, long[]> buckets = new HashMap<>();

  /// Entry point.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new TargetMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(udpPort))) {
      System.out.println("listening udp_port=" + socket.getLocalPort());
      byte[] buf = new byte[OffsetLimits.MAX_DATAGRAM_BYTES + 1];
      while (true) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        byte[] data = Arrays.copyOf(p.getData(), p.getLength());
        handle(data, p.getAddress()).ifPresent(System.out::println);
      }
    }
  }

  /// @return a refusal line, or empty after printing the report
  Optional<String> handle(byte[] data, InetAddress from) {
    if (!admit(from, System.nanoTime())) {
      return Optional.of("refused reason=rate_limited from=" + from.getHostAddress());
    }
    LocationOffset o;
    try {
      o = OffsetDatagram.decode(data);
    } catch (DecodeException e) {
      return Optional.of(
          "refused reason=garbage from="
              + from.getHostAddress()
              + " detail=\""
              + e.getMessage()
              + "\"");
    }
    if (verify) {
      Optional<String> bad = OffsetChain.firstInvalid(o);
      if (bad.isPresent()) {
        return Optional.of(
            "refused reason=bad_signature from=" + from.getHostAddress() + " level=" + bad.get());
      }
    }
    System.out.println("received from=" + from.getHostAddress() + " bytes=" + data.length);
    OffsetReport.lines(o).forEach(System.out::println);
    return Optional.empty();
  }

  /// Token bucket per source address: `rateLimit` tokens per second, burst `rateLimit`.
  private boolean admit(InetAddress from, long nowNanos) {
    if (rateLimit <= 0) {
      return true;
    }
    long[] b =
        buckets.computeIfAbsent(from, k -> new long[] {rateLimit * 1_000_000_000L, nowNanos});
    long cap = rateLimit * 1_000_000_000L;
    b[0] = Math.min(cap, b[0] + (nowNanos - b[1]) * rateLimit);
    b[1] = nowNanos;
    if (b[0] < 1_000_000_000L) {
      return false;
    }
    b[0] -= 1_000_000_000L;
    return true;
  }
}
