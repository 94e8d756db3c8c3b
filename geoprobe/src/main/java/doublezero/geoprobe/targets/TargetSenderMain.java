package doublezero.geoprobe.targets;

import doublezero.geoprobe.flags.DurationFlag;
import doublezero.geoprobe.flags.GoDuration;
import doublezero.geoprobe.flags.LogFormat;
import doublezero.geoprobe.flags.StandardFlags;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-target-sender --probe-ip IP --probe-pk KEY --keypair FILE [--probe-port
/// 8924] [--interval 30s] [--count 0] [--timeout 2s] [--log-format text] [--verbose]` (reference
/// `cmd/geoprobe-target-sender` at v0.12.0, §E.5: the same names, also with one dash, Go durations;
/// our earlier `--interval-seconds` and `--timeout-ms` stay accepted, hidden; `--log-format json`
/// is refused, docs/compatibility.md): sends a signed probe pair every interval and prints the
/// probe-measured rtt (`since_last_rx_ns` of the second reply), the rtt this side measured and the
/// embedded DZD offsets; a missing or invalid pair prints `pair=failed`.
@Command(
    name = "doublezero-geoprobe-target-sender",
    version = "doublezero-geoprobe-target-sender 0.1.0",
    description = "Sends signed TWAMP probe pairs to a geoprobe")
public final class TargetSenderMain implements Callable<Integer> {
  @Mixin StandardFlags standard;

  @Option(
      names = {"--probe-ip", "-probe-ip"},
      required = true,
      description = "geoprobe address")
  String probeIp;

  @Option(
      names = {"--probe-port", "-probe-port"},
      defaultValue = "8924",
      description = "geoprobe signed TWAMP port (default ${DEFAULT-VALUE})")
  int probePort;

  @Option(
      names = {"--probe-pk", "-probe-pk"},
      required = true,
      description = "the probe's signing key")
  String probePk;

  @Option(
      names = {"--keypair", "-keypair"},
      required = true,
      description = "this target's keypair file")
  Path keypair;

  @Option(
      names = {"--interval", "-interval"},
      converter = GoDuration.class,
      description = "time between pairs, Go duration (default 30s)")
  Duration interval;

  @Option(
      names = {"--interval-seconds", "-interval-seconds"},
      hidden = true,
      description = "the same in seconds (our earlier flag)")
  Long intervalSeconds;

  @Option(
      names = {"--count", "-count"},
      defaultValue = "0",
      description = "pairs to send (0: forever)")
  long count;

  @Option(
      names = {"--timeout", "-timeout"},
      converter = GoDuration.class,
      description = "wait per reply, Go duration (default 2s)")
  Duration timeout;

  @Option(
      names = {"--timeout-ms", "-timeout-ms"},
      hidden = true,
      description = "the same in milliseconds (our earlier flag)")
  Long timeoutMs;

  @Mixin LogFormat logFormat;

  @Option(
      names = {"--verbose", "-verbose"},
      description = "also print the settings at start")
  boolean verbose;

  /// Entry point.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new TargetSenderMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    logFormat.requireText();
    Duration every = interval();
    Duration wait = timeout();
    PairSender sender =
        new PairSender(
            new InetSocketAddress(probeIp, probePort),
            PublicKey.fromBase58(probePk),
            KeypairFile.read(keypair),
            wait);
    if (verbose) {
      System.out.println(
          "sending probe="
              + probeIp
              + ":"
              + probePort
              + " probe_pk="
              + probePk
              + " interval="
              + every
              + " timeout="
              + wait
              + " count="
              + count);
    }
    int seq = 0;
    for (long i = 0; count == 0 || i < count; i++) {
      Optional<PairSender.Pair> pair = sender.send(seq);
      seq += 2;
      if (pair.isEmpty()) {
        System.out.println("pair=failed seq=" + (seq - 2));
      } else {
        PairSender.Pair p = pair.get();
        System.out.println(
            "pair=ok probe_rtt_ns="
                + p.second().sinceLastRxNs()
                + " target_rtt_ns="
                + p.targetRttNs()
                + " rtt_ns="
                + Long.toUnsignedString(p.second().rttNs())
                + " offsets="
                + p.second().offsets().size()
                + " lat="
                + p.second().lat()
                + " lng="
                + p.second().lng());
      }
      if (count == 0 || i + 1 < count) {
        Thread.sleep(every);
      }
    }
    return 0;
  }

  /// @return the time between pairs (`--interval`, or our earlier `--interval-seconds`; 30 s)
  Duration interval() {
    return DurationFlag.pick(
        "--interval",
        interval,
        "--interval-seconds",
        intervalSeconds,
        ChronoUnit.SECONDS,
        Duration.ofSeconds(30));
  }

  /// @return the wait per reply (`--timeout`, or our earlier `--timeout-ms`; 2 s)
  Duration timeout() {
    Duration d =
        DurationFlag.pick(
            "--timeout",
            timeout,
            "--timeout-ms",
            timeoutMs,
            ChronoUnit.MILLIS,
            Duration.ofSeconds(2));
    if (d.isZero()) {
      throw new IllegalArgumentException("--timeout must be positive");
    }
    return d;
  }
}
