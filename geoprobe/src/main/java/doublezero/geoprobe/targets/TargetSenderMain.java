package doublezero.geoprobe.targets;

import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-target-sender --probe-ip IP --probe-pk KEY --keypair FILE [--probe-port
/// 8924] [--interval-seconds 30] [--count 0] [--timeout-ms 2000]` (reference
/// `cmd/geoprobe-target-sender` at v0.12.0, §E.5): sends a signed probe pair every interval and
/// prints the probe-measured rtt (`since_last_rx_ns` of the second reply), the rtt this side
/// measured and the embedded DZD offsets; a missing or invalid pair prints `pair=failed`.
@Command(
    name = "doublezero-geoprobe-target-sender",
    mixinStandardHelpOptions = true,
    version = "doublezero-geoprobe-target-sender 0.1.0",
    description = "Sends signed TWAMP probe pairs to a geoprobe")
public final class TargetSenderMain implements Callable<Integer> {
  @Option(names = "--probe-ip", required = true, description = "geoprobe address")
  String probeIp;

  @Option(names = "--probe-port", defaultValue = "8924", description = "geoprobe signed TWAMP port")
  int probePort;

  @Option(names = "--probe-pk", required = true, description = "the probe's signing key")
  String probePk;

  @Option(names = "--keypair", required = true, description = "this target's keypair file")
  Path keypair;

  @Option(names = "--interval-seconds", defaultValue = "30", description = "seconds between pairs")
  long intervalSeconds;

  @Option(names = "--count", defaultValue = "0", description = "pairs to send (0: forever)")
  long count;

  @Option(names = "--timeout-ms", defaultValue = "2000", description = "wait per reply, ms")
  long timeoutMs;

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
    PairSender sender =
        new PairSender(
            new InetSocketAddress(probeIp, probePort),
            PublicKey.fromBase58(probePk),
            KeypairFile.read(keypair),
            Duration.ofMillis(timeoutMs));
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
        Thread.sleep(Duration.ofSeconds(intervalSeconds));
      }
    }
    return 0;
  }
}
