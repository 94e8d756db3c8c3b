package doublezero.localnet;

import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// How to start a {@link Localnet}.
///
/// @param ledgerDir journal + snapshot directory (created if missing; reused across restarts)
/// @param host address to bind (default 127.0.0.1)
/// @param rpcPort JSON-RPC port; 0 picks a free port (embedded tests)
/// @param wsPort PubSub port; -1 means rpcPort + 1 (or a free port when rpcPort is 0)
/// @param slotMillis slot duration (default 400 ms)
/// @param slotsPerEpoch epoch length (default 432000)
/// @param snapshotEvery journal records between snapshots (default 20000)
/// @param retainStatuses transaction statuses kept for getTransaction (default 200000)
/// @param programs Java processors by program id, besides the system program
/// @param bootstrap YAML bootstrap file run once on a new ledger, or null
/// @param pubsubQueueBytes per PubSub connection, outbound bytes not yet written to the socket
///   above which the client is disconnected as too slow (default 16 MiB)
public record LocalnetConfig(
    Path ledgerDir,
    String host,
    int rpcPort,
    int wsPort,
    long slotMillis,
    long slotsPerEpoch,
    long snapshotEvery,
    int retainStatuses,
    Map<PublicKey, ProgramProcessor> programs,
    Path bootstrap,
    long pubsubQueueBytes) {
  /// Default bound of a PubSub connection's outbound queue: 16 MiB.
  public static final long DEFAULT_PUBSUB_QUEUE_BYTES = 16L << 20;

  /// Copies the program map.
  ///
  /// @throws IllegalArgumentException when `pubsubQueueBytes` is not positive
  public LocalnetConfig {
    programs = Map.copyOf(programs);
    if (pubsubQueueBytes <= 0) {
      throw new IllegalArgumentException(
          "pubsubQueueBytes must be positive, got " + pubsubQueueBytes);
    }
  }

  /// With a different bound on each PubSub connection's outbound queue.
  public LocalnetConfig withPubsubQueueBytes(long bytes) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        slotMillis,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        programs,
        bootstrap,
        bytes);
  }

  /// Defaults for `ledgerDir` on an ephemeral port.
  public static LocalnetConfig ephemeral(Path ledgerDir) {
    return new LocalnetConfig(
        ledgerDir,
        "127.0.0.1",
        0,
        -1,
        400,
        432_000,
        20_000,
        200_000,
        Map.of(),
        null,
        DEFAULT_PUBSUB_QUEUE_BYTES);
  }

  /// With a different address to bind (e.g. `0.0.0.0` to serve other hosts or network namespaces;
  /// [Localnet#rpcUrl()] then names that address).
  public LocalnetConfig withHost(String address) {
    return new LocalnetConfig(
        ledgerDir,
        address,
        rpcPort,
        wsPort,
        slotMillis,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        programs,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With a different RPC port (PubSub on port + 1).
  public LocalnetConfig withRpcPort(int port) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        port,
        -1,
        slotMillis,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        programs,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With a different slot duration.
  public LocalnetConfig withSlotMillis(long ms) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        ms,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        programs,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With a different epoch length.
  public LocalnetConfig withSlotsPerEpoch(long n) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        slotMillis,
        n,
        snapshotEvery,
        retainStatuses,
        programs,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With a different snapshot interval.
  public LocalnetConfig withSnapshotEvery(long n) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        slotMillis,
        slotsPerEpoch,
        n,
        retainStatuses,
        programs,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With one more Java program.
  public LocalnetConfig withProgram(PublicKey id, ProgramProcessor processor) {
    Map<PublicKey, ProgramProcessor> m = new LinkedHashMap<>(programs);
    m.put(id, processor);
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        slotMillis,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        m,
        bootstrap,
        pubsubQueueBytes);
  }

  /// With a bootstrap file.
  public LocalnetConfig withBootstrap(Path file) {
    return new LocalnetConfig(
        ledgerDir,
        host,
        rpcPort,
        wsPort,
        slotMillis,
        slotsPerEpoch,
        snapshotEvery,
        retainStatuses,
        programs,
        file,
        pubsubQueueBytes);
  }
}
