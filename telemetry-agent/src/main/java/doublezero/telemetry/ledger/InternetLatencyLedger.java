package doublezero.telemetry.ledger;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.DataSlice;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamplesAccounts;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.telemetry.internet.exchange.ExchangeCircuit;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/// [TelemetryLedger] of InternetLatencySamples over JSON-RPC with the SDK
/// (`reference/telemetry-geolocation.md` §A.3, §A.6): the collector's keypair signs and pays every
/// transaction and is a seed of every account. The sample count is `next_sample_index` at offset
/// 125 + L of the header (L = the provider name's length, a u32 at offset 9), read with a data
/// slice of the header's first 161 bytes.
public final class InternetLatencyLedger implements TelemetryLedger<ExchangeCircuit> {
  static final int NAME_LENGTH_OFFSET = 9;
  static final int NEXT_SAMPLE_INDEX_BASE = 125;
  static final int SLICE = NEXT_SAMPLE_INDEX_BASE + ExchangeCircuit.MAX_PROVIDER_BYTES + 4;

  private final PublicKey programId;
  private final Keypair collector;
  private final TelemetryTransactions tx;

  /// @param rpc the ledger
  /// @param programId the telemetry program
  /// @param collector the collector's (oracle agent's) keypair: signer, fee payer, PDA seed
  /// @param commitment commitment of reads and confirmations
  /// @param timeout longest wait for one confirmation
  public InternetLatencyLedger(
      RpcClient rpc,
      PublicKey programId,
      Keypair collector,
      Commitment commitment,
      Duration timeout) {
    this.programId = programId;
    this.collector = collector;
    this.tx = new TelemetryTransactions(rpc, programId, collector, commitment, timeout);
  }

  @Override
  public EpochInfo epochInfo() {
    return tx.epochInfo();
  }

  /// @param circuit the provider and Exchange pair
  /// @param epoch the epoch
  /// @return the InternetLatencySamples account address
  public PublicKey address(ExchangeCircuit circuit, long epoch) {
    return TelemetryPda.internetLatencySamples(
            programId,
            collector.publicKey(),
            circuit.provider(),
            circuit.origin(),
            circuit.target(),
            epoch)
        .address();
  }

  @Override
  public OptionalLong sampleCount(ExchangeCircuit circuit, long epoch) {
    Optional<byte[]> data = tx.read(address(circuit, epoch), new DataSlice(0, SLICE));
    if (data.isEmpty() || data.get().length < NAME_LENGTH_OFFSET + 4) {
      return OptionalLong.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(data.get()).order(ByteOrder.LITTLE_ENDIAN);
    long nameLength = Integer.toUnsignedLong(b.getInt(NAME_LENGTH_OFFSET));
    long at = NEXT_SAMPLE_INDEX_BASE + nameLength;
    if (at + 4 > data.get().length) {
      throw new LedgerException(
          LedgerException.Kind.REJECTED,
          "InternetLatencySamples " + address(circuit, epoch) + ": header cut short",
          null);
    }
    return OptionalLong.of(Integer.toUnsignedLong(b.getInt((int) at)));
  }

  @Override
  public void initialize(ExchangeCircuit circuit, long epoch, long samplingIntervalMicros) {
    var accounts =
        InitializeInternetLatencySamplesAccounts.derive(
            programId,
            collector.publicKey(),
            circuit.provider(),
            circuit.origin(),
            circuit.target(),
            epoch);
    tx.initialize(
        new InitializeInternetLatencySamples(circuit.provider(), epoch, samplingIntervalMicros)
            .toInstruction(programId, accounts));
  }

  @Override
  public void write(
      ExchangeCircuit circuit, long epoch, long startTimestampMicros, List<Long> values) {
    tx.send(
        new WriteInternetLatencySamples(startTimestampMicros, RttSamples.of(values))
            .toInstruction(
                programId,
                new WriteInternetLatencySamplesAccounts(
                    address(circuit, epoch), collector.publicKey())));
  }
}
