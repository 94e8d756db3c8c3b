package doublezero.localnet.programs.telemetry;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.programs.accounts.Panic;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.state.LatencySamplesHeader;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.sdk.telemetry.state.TelemetryAccountType;
import doublezero.sdk.telemetry.state.TelemetryLimits;
import java.util.List;

/// Indexes 1 and 3, `process_write_device_latency_samples` and
/// `process_write_internet_latency_samples` (`src/processors/telemetry/write_*_latency_samples.rs`;
/// `reference/telemetry-geolocation.md` §A.6): append samples to an account. Checks in order: at
/// least one sample (1017), two accounts, agent signature, account not empty (1011), owned by
/// telemetry (1008), header readable (`InvalidAccountData`; a device account shorter than its
/// 349-byte header, or an internet account shorter than its declared header, panics on the slice),
/// type (1007), signer = the header's writer (1001), capacity (1006); then the first write sets the
/// start timestamp; then the batch limit (1013); then the account grows by 4 bytes per sample (the
/// agent pays the rent difference) and the header and the new samples are written. The PDA and the
/// epoch are not checked again.
enum WriteLatencySamplesProcessor {
  /// Index 1: DeviceLatencySamples, at most 35 000 samples.
  DEVICE(
      TelemetryAccountType.DEVICE_LATENCY_SAMPLES,
      TelemetryLimits.MAX_DEVICE_LATENCY_SAMPLES,
      "DZ latency samples"),
  /// Index 3: InternetLatencySamples, at most 3 000 samples.
  INTERNET(
      TelemetryAccountType.INTERNET_LATENCY_SAMPLES,
      TelemetryLimits.MAX_INTERNET_LATENCY_SAMPLES,
      "Internet latency samples");

  private final TelemetryAccountType type;
  private final int maxSamples;
  private final String label;

  WriteLatencySamplesProcessor(TelemetryAccountType type, int maxSamples, String label) {
    this.type = type;
    this.maxSamples = maxSamples;
    this.label = label;
  }

  void process(
      InvokeContext ctx, List<BorrowedAccount> accounts, long startTimestamp, RttSamples samples)
      throws ProgramException {
    if (samples.size() == 0) {
      ctx.log("No samples provided");
      throw TelemetryErrors.of(TelemetryError.EMPTY_LATENCY_SAMPLES);
    }
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount account = cursor.next();
    BorrowedAccount agent = cursor.next();
    if (!agent.isSigner()) {
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    if (account.dataLength() == 0) {
      ctx.log(label + " account does not exist");
      throw TelemetryErrors.of(TelemetryError.ACCOUNT_DOES_NOT_EXIST);
    }
    if (!account.owner().equals(ctx.programId())) {
      throw TelemetryErrors.of(TelemetryError.INVALID_ACCOUNT_OWNER);
    }
    LatencySamplesHeader header = readHeader(ctx, account.data());
    if (header.accountType() != type) {
      throw TelemetryErrors.of(TelemetryError.INVALID_ACCOUNT_TYPE);
    }
    if (!header.writerPk().equals(agent.key())) {
      ctx.log("Agent mismatch: account expects " + header.writerPk() + ", got " + agent.key());
      throw TelemetryErrors.of(TelemetryError.UNAUTHORIZED_AGENT);
    }
    if (header.nextSampleIndex() + samples.size() > maxSamples) {
      ctx.log("Cannot add " + samples.size() + " samples, would exceed max capacity");
      throw TelemetryErrors.of(TelemetryError.SAMPLES_ACCOUNT_FULL);
    }
    long start =
        header.startTimestampMicroseconds() == 0
            ? startTimestamp
            : header.startTimestampMicroseconds();
    if (samples.size() > TelemetryLimits.MAX_SAMPLES_PER_WRITE) {
      ctx.log("Cannot increase by " + samples.size() + " samples in one transaction");
      throw TelemetryErrors.of(TelemetryError.SAMPLES_BATCH_TOO_LARGE);
    }
    long writeIndex = header.nextSampleIndex();
    long next = writeIndex + samples.size();
    int newLength = (int) (header.size() + next * TelemetryLimits.SAMPLE_BYTES);
    AccountLifecycle.resize(ctx, account, agent, newLength);
    account.writeData(0, header.encode(start, next));
    BorshWriter w = new BorshWriter(samples.size() * TelemetryLimits.SAMPLE_BYTES);
    samples.writeRaw(w);
    account.writeData(
        (int) (header.size() + writeIndex * TelemetryLimits.SAMPLE_BYTES), w.toByteArray());
    ctx.log("Updated account, now has " + next + " samples");
  }

  /// The header parser of this account type, with the reference's outcomes: a slice past the data
  /// panics, a parse error is `InvalidAccountData`.
  private LatencySamplesHeader readHeader(InvokeContext ctx, byte[] data) throws ProgramException {
    try {
      return switch (this) {
        case DEVICE -> LatencySamplesHeader.readDevice(data);
        case INTERNET -> LatencySamplesHeader.readInternet(data);
      };
    } catch (IllegalArgumentException e) {
      throw Panic.of(ctx, "range end index out of range: " + e.getMessage());
    } catch (DecodeException e) {
      ctx.log("Failed to deserialize " + type.variantName() + ": " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
  }
}
