package doublezero.telemetry.ledger;

import doublezero.sdk.solana.client.TransactionFailedException;
import doublezero.sdk.solana.client.TransactionSender;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.ConfirmationException;
import doublezero.sdk.solana.rpc.ConfirmationFailure;
import doublezero.sdk.solana.rpc.CustomInstructionError;
import doublezero.sdk.solana.rpc.DataSlice;
import doublezero.sdk.solana.rpc.EpochInfo;
import doublezero.sdk.solana.rpc.InstructionFailed;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.rpc.RpcException;
import doublezero.sdk.solana.rpc.TransactionError;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.sdk.telemetry.error.TelemetryErrorResolver;
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
import java.util.Optional;
import java.util.OptionalLong;

/// [TelemetryLedger] over JSON-RPC with the SDK: the agent's keypair signs and pays every
/// transaction (it must be the origin device's metrics publisher,
/// `reference/telemetry-geolocation.md` §A.6/A.7); the sample count is read from the header
/// (`next_sample_index`, offset 217) with a 4-byte data slice at the same commitment the writes are
/// confirmed at, so a confirmed write is always visible to the next read.
public final class RpcTelemetryLedger implements TelemetryLedger {
  static final int NEXT_SAMPLE_INDEX_OFFSET = 217;
  static final long ACCOUNT_ALREADY_EXISTS = 1010;
  static final long ACCOUNT_DOES_NOT_EXIST = 1011;
  static final long SAMPLES_ACCOUNT_FULL = 1006;

  private final RpcClient rpc;
  private final PublicKey programId;
  private final Keypair agent;
  private final Commitment commitment;
  private final TransactionSender sender;

  /// @param rpc the ledger
  /// @param programId the telemetry program
  /// @param agent the metrics-publisher keypair (signer and fee payer)
  /// @param commitment commitment of reads and confirmations
  /// @param timeout longest wait for one confirmation
  public RpcTelemetryLedger(
      RpcClient rpc, PublicKey programId, Keypair agent, Commitment commitment, Duration timeout) {
    this.rpc = rpc;
    this.programId = programId;
    this.agent = agent;
    this.commitment = commitment;
    this.sender =
        new TransactionSender(rpc, TelemetryErrorResolver.of(programId), commitment, timeout);
  }

  @Override
  public EpochInfo epochInfo() {
    try {
      return rpc.getEpochInfo();
    } catch (RpcException e) {
      throw new LedgerException(LedgerException.Kind.UNKNOWN, "getEpochInfo: " + e.getMessage(), e);
    }
  }

  /// @param circuit the circuit
  /// @param epoch the epoch
  /// @return the DeviceLatencySamples account address
  public PublicKey address(Circuit circuit, long epoch) {
    return TelemetryPda.deviceLatencySamples(
            programId, circuit.origin(), circuit.target(), circuit.link(), epoch)
        .address();
  }

  @Override
  public OptionalLong sampleCount(Circuit circuit, long epoch) {
    Optional<AccountInfo> info;
    try {
      info =
          rpc.getAccountInfo(
              address(circuit, epoch), commitment, new DataSlice(NEXT_SAMPLE_INDEX_OFFSET, 4));
    } catch (RpcException e) {
      throw new LedgerException(
          LedgerException.Kind.UNKNOWN, "getAccountInfo: " + e.getMessage(), e);
    }
    if (info.isEmpty() || info.get().data().length < 4) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        Integer.toUnsignedLong(
            ByteBuffer.wrap(info.get().data()).order(ByteOrder.LITTLE_ENDIAN).getInt(0)));
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
    Instruction ix =
        new InitializeDeviceLatencySamples(epoch, samplingIntervalMicros)
            .toInstruction(programId, accounts);
    try {
      send(ix);
    } catch (LedgerException e) {
      if (e.getCause() instanceof TransactionFailedException f
          && customCode(f.error()) == ACCOUNT_ALREADY_EXISTS) {
        return;
      }
      throw e;
    }
  }

  @Override
  public void write(Circuit circuit, long epoch, long startTimestampMicros, List<Long> values) {
    Instruction ix =
        new WriteDeviceLatencySamples(startTimestampMicros, RttSamples.of(values))
            .toInstruction(
                programId,
                new WriteDeviceLatencySamplesAccounts(address(circuit, epoch), agent.publicKey()));
    send(ix);
  }

  private void send(Instruction ix) {
    try {
      sender.send(List.of(ix), agent, List.of());
    } catch (TransactionFailedException e) {
      long code = customCode(e.error());
      LedgerException.Kind kind =
          code == ACCOUNT_DOES_NOT_EXIST
              ? LedgerException.Kind.ACCOUNT_NOT_FOUND
              : code == SAMPLES_ACCOUNT_FULL
                  ? LedgerException.Kind.ACCOUNT_FULL
                  : LedgerException.Kind.REJECTED;
      throw new LedgerException(kind, e.error().describe(), e);
    } catch (ConfirmationException e) {
      LedgerException.Kind kind =
          e.failure() == ConfirmationFailure.BLOCKHASH_EXPIRED
              ? LedgerException.Kind.REJECTED
              : LedgerException.Kind.UNKNOWN;
      throw new LedgerException(kind, e.getMessage(), e);
    } catch (RpcException e) {
      throw new LedgerException(LedgerException.Kind.UNKNOWN, e.getMessage(), e);
    }
  }

  private static long customCode(TransactionError error) {
    if (error instanceof InstructionFailed(int index, CustomInstructionError custom)) {
      return custom.code();
    }
    return -1;
  }
}
