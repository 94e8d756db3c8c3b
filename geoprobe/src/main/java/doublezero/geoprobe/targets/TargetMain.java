package doublezero.geoprobe.targets;

import doublezero.geoprobe.flags.LogFormat;
import doublezero.geoprobe.flags.StandardFlags;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.offset.OffsetLimits;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.Refusal;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-target [--udp-port 8923] [--twamp-port 8925] [--verify-signatures[=false]]
/// [--rate-limit 10] [--log-format text] [--probe ACCOUNT,KEY --parent DEVICE,KEY … [--max-slot-age
/// 9000]]` (reference `controlplane/telemetry/cmd/geoprobe-target/main.go` at v0.12.0, §E.6):
/// answers the probe's TWAMP probes on the plain reflector, listens for composite offsets, verifies
/// the signature chain and prints it with the distance bound and the region ([OffsetReport]) on
/// standard output, one event per datagram; a refused datagram prints one `refused reason=…
/// count=N` line (N: refusals for that reason so far). Like the reference it trusts any signer,
/// unless `--probe` is given: then the offset must pass [OffsetTrust#checkComposite] (top level
/// from that GeoProbe account and key, each reference from a `--parent` signed by that parent's
/// key, slots within `--max-slot-age` of the top level's slot; there is no ledger here). Every flag
/// also takes the reference's one-dash spelling; `--log-format json` is refused (text only,
/// docs/compatibility.md).
@Command(
    name = "doublezero-geoprobe-target",
    version = "doublezero-geoprobe-target 0.1.0",
    description = "Receives, verifies and prints location offsets")
public final class TargetMain implements Callable<Integer> {
  @Mixin StandardFlags standard;

  @Option(
      names = {"--udp-port", "-udp-port"},
      defaultValue = "8923",
      description = "offset listener port")
  int udpPort;

  @Option(
      names = {"--verify-signatures", "-verify-signatures"},
      defaultValue = "true",
      arity = "0..1",
      fallbackValue = "true",
      description = "check every signature (default true; =false to print unverified offsets)")
  boolean verify;

  @Option(
      names = {"--rate-limit", "-rate-limit"},
      defaultValue = "10",
      description = "datagrams per second per source IP (0: none)")
  int rateLimit;

  @Option(
      names = {"--twamp-port", "-twamp-port"},
      defaultValue = "8925",
      description = "TWAMP reflector port")
  int twampPort;

  @Mixin LogFormat logFormat;

  @Option(
      names = {"--probe", "-probe"},
      description = "pin the probe: geoprobeAccount,signingKey")
  String probe;

  @Option(
      names = {"--parent", "-parent"},
      description = "a trusted parent: devicePubkey,metricsPublisherKey")
  List<String> parents = new ArrayList<>();

  @Option(
      names = {"--max-slot-age", "-max-slot-age"},
      defaultValue = "9000",
      description = "largest slot distance between levels (with --probe)")
  long maxSlotAge;

  private final Map<InetAddress, long[]> buckets = new HashMap<>();
  private final Map<String, Long> refusals = new TreeMap<>();
  private PublicKey[] pinnedProbe;
  private OffsetTrust trust;

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
    logFormat.requireText();
    pin();
    try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(udpPort));
        PlainReflector reflector = PlainReflector.start(new InetSocketAddress(twampPort))) {
      System.out.println(
          "listening udp_port=" + socket.getLocalPort() + " twamp_port=" + reflector.port());
      byte[] buf = new byte[OffsetLimits.MAX_DATAGRAM_BYTES + 1];
      while (true) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.receive(p);
        byte[] data = Arrays.copyOf(p.getData(), p.getLength());
        handle(data, p.getAddress()).ifPresent(System.out::println);
      }
    }
  }

  /// Reads `--probe` and `--parent` into the trust policy.
  void pin() {
    if (probe == null) {
      return;
    }
    pinnedProbe = pair("--probe", probe);
    Map<PublicKey, PublicKey> p = new HashMap<>();
    for (String text : parents) {
      PublicKey[] kv = pair("--parent", text);
      p.put(kv[0], kv[1]);
    }
    trust = new OffsetTrust(p, maxSlotAge);
  }

  private static PublicKey[] pair(String flag, String text) {
    String[] f = text.split(",", -1);
    if (f.length != 2) {
      throw new IllegalArgumentException(flag + " needs two keys separated by a comma: " + text);
    }
    return new PublicKey[] {PublicKey.fromBase58(f[0].strip()), PublicKey.fromBase58(f[1].strip())};
  }

  /// @return a refusal line, or empty after printing the report
  Optional<String> handle(byte[] data, InetAddress from) {
    if (!admit(from, System.nanoTime())) {
      return refused("rate_limited", from, "");
    }
    LocationOffset o;
    try {
      o = OffsetDatagram.decode(data);
    } catch (DecodeException e) {
      String reason = data.length > OffsetLimits.MAX_DATAGRAM_BYTES ? "oversized" : "garbage";
      return refused(reason, from, " detail=\"" + e.getMessage() + "\"");
    }
    if (trust != null) {
      TrustVerdict v =
          trust.checkComposite(data, pinnedProbe[0], pinnedProbe[1], o.measurementSlot());
      if (v instanceof TrustVerdict.Refused(Refusal reason, String detail)) {
        return refused(reason.key(), from, " detail=\"" + detail + "\"");
      }
    } else if (verify) {
      Optional<String> bad = OffsetChain.firstInvalid(o);
      if (bad.isPresent()) {
        return refused("bad_signature", from, " level=" + bad.get());
      }
    }
    System.out.println("received from=" + from.getHostAddress() + " bytes=" + data.length);
    OffsetReport.lines(o).forEach(System.out::println);
    return Optional.empty();
  }

  private Optional<String> refused(String reason, InetAddress from, String detail) {
    long n = refusals.merge(reason, 1L, Long::sum);
    return Optional.of(
        "refused reason=" + reason + " count=" + n + " from=" + from.getHostAddress() + detail);
  }

  /// @param reason a refusal key
  /// @return how many datagrams were refused for it
  long refusedCount(String reason) {
    return refusals.getOrDefault(reason, 0L);
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
