package doublezero.telemetry.ledger;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.DataSlice;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamplesAccounts;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.telemetry.journal.Circuit;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/// [TelemetryLedger] of DeviceLatencySamples over JSON-RPC with the SDK: the agent's keypair signs
/// and pays every transaction (it must be the origin device's metrics publisher,
/// `reference/telemetry-geolocation.md` §A.6/A.7); the sample count is read from the header
/// (`next_sample_index`, offset 217) with a 4-byte data slice at the same commitment the writes are
/// confirmed at, so a confirmed write is always visible to the next read. Account addresses are
/// remembered ([#ADDRESS_CACHE_LIMIT] at most): a PDA search costs a SHA-256 and a curve check per
/// bump, and each circuit's address is needed twice per submission interval.
public final class RpcTelemetryLedger implements TelemetryLedger<Circuit> {
  static final int NEXT_SAMPLE_INDEX_OFFSET = 217;

  /// Addresses remembered before the cache starts over (two epochs of 4,096 circuits).
  static final int ADDRESS_CACHE_LIMIT = 8192;

  private record AccountKey(Circuit circuit, long epoch) {}

  private final Map<AccountKey, PublicKey> addresses = new ConcurrentHashMap<>();

  private final PublicKey programId;
  private final Keypair agent;
  private final TelemetryTransactions tx;

  /// @param rpc the ledger
  /// @param programId the telemetry program
  /// @param agent the metrics-publisher keypair (signer and fee payer)
  /// @param commitment commitment of reads and confirmations
  /// @param timeout longest wait for one confirmation
  public RpcTelemetryLedger(
      RpcClient rpc, PublicKey programId, Keypair agent, Commitment commitment, Duration timeout) {
    this.programId = programId;
    this.agent = agent;
    this.tx = new TelemetryTransactions(rpc, programId, agent, commitment, timeout);
  }

  @Override
  public EpochInfo epochInfo() {
    return tx.epochInfo();
  }

  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @return the DeviceLatencySamples account address
  public PublicKey address(Circuit circuit, long epoch) {
    if (addresses.size() >= ADDRESS_CACHE_LIMIT) {
      addresses.clear();
    }
    return addresses.computeIfAbsent(
        new AccountKey(circuit, epoch),
        k ->
            TelemetryPda.deviceLatencySamples(
                    programId, circuit.origin(), circuit.target(), circuit.link(), epoch)
                .address());
  }

  @Override
  public OptionalLong sampleCount(Circuit circuit, long epoch) {
    Optional<byte[]> data =
        tx.read(address(circuit, epoch), new DataSlice(NEXT_SAMPLE_INDEX_OFFSET, 4));
    if (data.isEmpty() || data.get().length < 4) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Integer.toUnsignedLong(
            ByteBuffer.wrap(data.get()).order(ByteOrder.LITTLE_ENDIAN).getInt(0)));
  }

  @Override
  public void initialize(Circuit circuit, long epoch, long samplingIntervalMicros) {
    var accounts =
        InitializeDeviceLatencySamplesAccounts.derive(
            programId,
            agent.publicKey(),
            circuit.origin(),
            circuit.target(),
            circuit.link(),
            epoch);
    tx.initialize(
        new InitializeDeviceLatencySamples(epoch, samplingIntervalMicros)
            .toInstruction(programId, accounts));
  }

  @Override
  public void write(Circuit circuit, long epoch, long startTimestampMicros, List<Long> values) {
    tx.send(
        new WriteDeviceLatencySamples(startTimestampMicros, RttSamples.of(values))
            .toInstruction(
                programId,
                new WriteDeviceLatencySamplesAccounts(address(circuit, epoch), agent.publicKey())));
  }
}
