package doublezero.localnet.launch;

import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.programs.DoubleZeroPrograms;
import doublezero.sdk.environment.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `doublezero-localnet start --ledger DIR [--rpc-port 8899] [--slot-ms 400] [--slots-per-epoch N]
/// [--bootstrap FILE] [--pubsub-queue-bytes 16777216]`: runs the ledger in the foreground until
/// SIGTERM / SIGINT, then stops cleanly (journal synced and closed).
@Command(
    name = "doublezero-localnet",
    mixinStandardHelpOptions = true,
    subcommands = {LocalnetMain.Start.class, UpCommand.class},
    description = "Embedded Solana ledger (JSON-RPC + PubSub) for DoubleZero development")
public final class LocalnetMain {
  private static final Logger LOG = LoggerFactory.getLogger("localnet");

  /// Entry point; exits with picocli's exit code.
  public static void main(String[] args) {
    CommandLine cmd = new CommandLine(new LocalnetMain());
    // A failure to start (port in use, damaged ledger, bad bootstrap file) is one log line and exit
    // code 1.
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          LOG.error("localnet.start: failed reason=\"{}\"", ex.getMessage());
          return 1;
        });
    System.exit(cmd.execute(args));
  }

  /// Blocks until SIGTERM / SIGINT, then closes `running` (journal synced and closed, activator
  /// stopped) with one log line before and after.
  ///
  /// @param running what to close on the way out
  /// @throws InterruptedException when the waiting thread is interrupted
  static void untilStopped(AutoCloseable running) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("localnet.stop: stopping");
                  try {
                    running.close();
                    LOG.info("localnet.stop: stopped cleanly");
                  } catch (Exception e) {
                    LOG.error("localnet.stop: failed reason=\"{}\"", e.getMessage());
                  }
                  stopped.countDown();
                }));
    stopped.await();
  }

  /// The `start` subcommand.
  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Start the ledger in the foreground")
  static final class Start implements Callable<Integer> {
    @Option(
        names = "--ledger",
        required = true,
        description = "ledger directory (journal, snapshots, keypairs)")
    Path ledger;

    @Option(
        names = "--rpc-port",
        defaultValue = "8899",
        description = "JSON-RPC port; PubSub on port + 1 too")
    int rpcPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to bind")
    String bind;

    @Option(
        names = "--slot-ms",
        defaultValue = "400",
        description = "slot duration in milliseconds")
    long slotMs;

    @Option(
        names = "--slots-per-epoch",
        defaultValue = "432000",
        description = "epoch length in slots")
    long slotsPerEpoch;

    @Option(
        names = "--snapshot-every",
        defaultValue = "20000",
        description = "journal records between snapshots")
    long snapshotEvery;

    @Option(names = "--bootstrap", description = "YAML bootstrap file, run once on a new ledger")
    Path bootstrap;

    @Option(
        names = "--pubsub-queue-bytes",
        defaultValue = "16777216",
        description =
            "per PubSub connection, outbound bytes queued and not yet read above which the client"
                + " is disconnected as too slow (default 16 MiB)")
    long pubsubQueueBytes;

    @Override
    public Integer call() throws InterruptedException {
      if (pubsubQueueBytes <= 0) {
        throw new IllegalArgumentException(
            "--pubsub-queue-bytes must be positive, got " + pubsubQueueBytes);
      }
      LocalnetConfig cfg =
          LocalnetConfig.ephemeral(ledger)
              .withRpcPort(rpcPort)
              .withSlotMillis(slotMs)
              .withSlotsPerEpoch(slotsPerEpoch)
              .withSnapshotEvery(snapshotEvery)
              .withBootstrap(bootstrap);
      cfg =
          new LocalnetConfig(
              cfg.ledgerDir(),
              bind,
              cfg.rpcPort(),
              cfg.wsPort(),
              cfg.slotMillis(),
              cfg.slotsPerEpoch(),
              cfg.snapshotEvery(),
              cfg.retainStatuses(),
              cfg.programs(),
              cfg.bootstrap(),
              pubsubQueueBytes);
      cfg = DoubleZeroPrograms.install(cfg, Environment.LOCAL);
      Localnet net = Localnet.start(cfg);
      LOG.info(
          "localnet.start: ready ledger={} rpc={} ws={} faucet={} slot={}",
          ledger,
          net.rpcUrl(),
          net.wsUrl(),
          net.faucet().publicKey(),
          net.node().bank().slot());
      untilStopped(net);
      return 0;
    }
  }
}
