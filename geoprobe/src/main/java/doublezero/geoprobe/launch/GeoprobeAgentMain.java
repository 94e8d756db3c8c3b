package doublezero.geoprobe.launch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import doublezero.geoprobe.offset.OffsetCache;
import doublezero.geoprobe.offset.OffsetListener;
import doublezero.geoprobe.reflector.PairLimiter;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.KeypairFile;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcClientConfig;
import doublezero.sdk.solana.rpc.RpcException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-geoprobe-agent --ledger-rpc-url URL --keypair FILE --geoprobe-pubkey KEY
/// --additional-parent DEVICE,AUTHORITY [--allowed-pubkeys K1,K2] [--udp-listen-port 8923]
/// [--signed-twamp-port 8924] [--max-offset-age-seconds 3600] [--max-slot-age 9000]
/// [--verify-interval-seconds 29] [--verbose]` (reference
/// `controlplane/telemetry/cmd/geoprobe-agent/main.go` at v0.12.0, §E.4). Runs the DZD offset
/// listener and the signed-TWAMP reflector in the foreground until SIGTERM/SIGINT. Not yet here:
/// the plain TWAMP reflector, parent discovery from chain and outbound target measurement (see
/// rfcs/rfc1-geolocation-verification.md).
@Command(
    name = "doublezero-geoprobe-agent",
    mixinStandardHelpOptions = true,
    version = "doublezero-geoprobe-agent 0.1.0",
    description = "DoubleZero geolocation probe agent")
public final class GeoprobeAgentMain implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(GeoprobeAgentMain.class);

  @Option(
      names = "--ledger-rpc-url",
      required = true,
      description = "DZ ledger JSON-RPC URL (finalized slot)")
  String rpcUrl;

  @Option(names = "--keypair", required = true, description = "probe signing keypair file")
  Path keypair;

  @Option(
      names = "--geoprobe-pubkey",
      required = true,
      description = "the GeoProbe account (sender of our offsets)")
  String geoprobe;

  @Option(
      names = "--additional-parent",
      required = true,
      description = "trusted parent as devicePubkey,metricsPublisherPubkey")
  String parent;

  @Option(
      names = "--allowed-pubkeys",
      split = ",",
      description = "target keys allowed to send signed probes")
  Set<String> allowed = new HashSet<>();

  @Option(
      names = "--udp-listen-port",
      defaultValue = "8923",
      description = "DZD offset listener port")
  int udpPort;

  @Option(
      names = "--signed-twamp-port",
      defaultValue = "8924",
      description = "signed TWAMP reflector port")
  int signedPort;

  @Option(
      names = "--max-offset-age-seconds",
      defaultValue = "3600",
      description = "cache lifetime of DZD offsets")
  long maxOffsetAgeSeconds;

  @Option(
      names = "--max-slot-age",
      defaultValue = "9000",
      description = "largest accepted slot age of an offset")
  long maxSlotAge;

  @Option(
      names = "--verify-interval-seconds",
      defaultValue = "29",
      description = "one signed pair per key per interval")
  long verifyIntervalSeconds;

  @Option(names = "--verbose", description = "debug logging")
  boolean verbose;

  /// Entry point: exit 0 on a signal, 1 with one `Error: …` line on a startup refusal.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new GeoprobeAgentMain());
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          System.err.println("Error: " + ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  @Override
  public Integer call() throws Exception {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    ctx.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.DEBUG : Level.INFO);
    Keypair key = KeypairFile.read(keypair);
    PublicKey account = PublicKey.fromBase58(geoprobe);
    String[] p = parent.split(",", -1);
    if (p.length != 2) {
      throw new IllegalArgumentException(
          "--additional-parent needs devicePubkey,metricsPublisherPubkey, got '" + parent + "'");
    }
    OffsetTrust trust =
        new OffsetTrust(
            Map.of(PublicKey.fromBase58(p[0].strip()), PublicKey.fromBase58(p[1].strip())),
            maxSlotAge);
    Set<PublicKey> allowedKeys = new HashSet<>();
    for (String k : allowed) {
      allowedKeys.add(PublicKey.fromBase58(k.strip()));
    }
    RpcClient rpc = new RpcClient(rpcUrl, RpcClientConfig.DEFAULTS);
    AtomicLong slot = new AtomicLong(rpc.getSlot(Commitment.FINALIZED));
    OffsetCache cache = new OffsetCache(Duration.ofSeconds(maxOffsetAgeSeconds));
    Clock clock = Clock.systemUTC();
    try (var listener =
            new OffsetListener(
                new InetSocketAddress(udpPort), () -> trust, slot::get, cache, clock);
        var reflector =
            new SignedReflector(
                new InetSocketAddress(signedPort),
                key,
                account,
                allowedKeys,
                () -> cache.best(clock.instant()),
                new PairLimiter(Duration.ofSeconds(verifyIntervalSeconds), Duration.ofSeconds(5)),
                clock)) {
      LOG.info(
          "event=started geoprobe={} authority={} offset_port={} signed_twamp_port={} allowed={}",
          account,
          key.publicKey(),
          listener.port(),
          reflector.port(),
          allowedKeys.size());
      CountDownLatch stop = new CountDownLatch(1);
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> stop.countDown());
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> stop.countDown());
      while (!stop.await(10, TimeUnit.SECONDS)) {
        try {
          slot.set(rpc.getSlot(Commitment.FINALIZED));
        } catch (RpcException e) {
          LOG.warn("event=slot_refresh_failed error=\"{}\"", e.getMessage());
        }
        int evicted = cache.evict(clock.instant());
        if (evicted > 0) {
          LOG.info("event=offsets_evicted count={}", evicted);
        }
      }
    }
    return 0;
  }
}
