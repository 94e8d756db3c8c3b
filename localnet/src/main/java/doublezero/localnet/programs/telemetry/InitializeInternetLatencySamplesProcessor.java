package doublezero.localnet.programs.telemetry;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.error.TelemetryError;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.sdk.telemetry.state.TelemetryLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/// Index 2, `process_initialize_internet_latency_samples`
/// (`src/processors/telemetry/initialize_internet_latency_samples.rs`;
/// `reference/telemetry-geolocation.md` §A.6, §A.7): creates the `257 + L`-byte
/// InternetLatencySamples PDA of one collector, provider, exchange pair and epoch. Checks in order:
/// name ≤ 32 bytes (1015), interval (1012), accounts, collector signature, both Exchanges owned by
/// serviceability (`IncorrectProgramId`), each Activated or Suspended (1014), the two Exchange
/// states not equal (1016), PDA (1009), empty (1010). Any signer may be the collector: the
/// reference checks no authority.
final class InitializeInternetLatencySamplesProcessor {
  /// Offsets of `lat` and `lng` in an Exchange account (type 1, owner 32, index 16, bump 1).
  private static final int LAT_LNG_FROM = 50;

  private static final int LAT_LNG_TO = 66;

  private final PublicKey serviceabilityProgramId;

  InitializeInternetLatencySamplesProcessor(PublicKey serviceabilityProgramId) {
    this.serviceabilityProgramId = serviceabilityProgramId;
  }

  void process(
      InvokeContext ctx, List<BorrowedAccount> accounts, InitializeInternetLatencySamples args)
      throws ProgramException {
    byte[] name = args.dataProviderName().getBytes(StandardCharsets.UTF_8);
    if (name.length > TelemetryLimits.MAX_DATA_PROVIDER_NAME_BYTES) {
      ctx.log("Data provider name is greater than 32 bytes");
      throw TelemetryErrors.of(TelemetryError.DATA_PROVIDER_NAME_TOO_LONG);
    }
    if (args.samplingIntervalMicroseconds() == 0) {
      ctx.log("Sampling interval must be non-zero");
      throw TelemetryErrors.of(TelemetryError.INVALID_SAMPLING_INTERVAL);
    }
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount samples = cursor.next();
    BorrowedAccount collector = cursor.next();
    BorrowedAccount originAccount = cursor.next();
    BorrowedAccount targetAccount = cursor.next();
    cursor.next(); // system program
    if (!collector.isSigner()) {
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
    requireServiceability(ctx, originAccount, "Origin");
    requireServiceability(ctx, targetAccount, "Target");
    Exchange origin = activeOrSuspended(ctx, originAccount, "Origin");
    Exchange target = activeOrSuspended(ctx, targetAccount, "Target");
    if (sameExchange(origin, target)) {
      ctx.log("Origin and target exchanges cannot be the same");
      throw TelemetryErrors.of(TelemetryError.SAME_TARGET_AS_ORIGIN);
    }
    ProgramDerivedAddress pda =
        TelemetryPda.internetLatencySamples(
            ctx.programId(),
            collector.key(),
            args.dataProviderName(),
            originAccount.key(),
            targetAccount.key(),
            args.epoch());
    LatencyAccounts.requireNewPda(ctx, samples, pda.address());
    byte[] header =
        new InternetLatencySamples(
                args.epoch(),
                args.dataProviderName(),
                collector.key(),
                originAccount.key(),
                targetAccount.key(),
                args.samplingIntervalMicroseconds(),
                0,
                ReservedBytes.ZERO_128,
                RttSamples.EMPTY)
            .encode();
    ctx.log("Creating latency_samples_pda account: " + pda.address());
    ctx.log("Lamports required: " + Rent.minimumBalance(header.length));
    ctx.log("Space: " + header.length);
    AccountLifecycle.create(ctx, samples, collector, header, pda.signerSeeds());
  }

  private void requireServiceability(InvokeContext ctx, BorrowedAccount account, String label)
      throws ProgramException {
    if (!account.owner().equals(serviceabilityProgramId)) {
      ctx.log(label + " exchange is not owned by the serviceability program");
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
  }

  private static Exchange activeOrSuspended(
      InvokeContext ctx, BorrowedAccount account, String label) throws ProgramException {
    Exchange exchange = ServiceabilityState.read(ctx, account, Exchange.class);
    if (exchange.status() != ExchangeStatus.ACTIVATED
        && exchange.status() != ExchangeStatus.SUSPENDED) {
      ctx.log(label + " exchange is not activated");
      throw TelemetryErrors.of(TelemetryError.EXCHANGE_NOT_ACTIVE_OR_SUSPENDED);
    }
    return exchange;
  }

  /// Rust `#[derive(PartialEq)]` on the decoded Exchange: every field equal, `lat`/`lng` compared
  /// as f64 (so `0.0 == -0.0` and NaN is never equal), which a byte comparison of the encodings
  /// would get wrong.
  private static boolean sameExchange(Exchange a, Exchange b) {
    if (a.lat() != b.lat() || a.lng() != b.lng()) {
      return false;
    }
    byte[] x = a.encode();
    byte[] y = b.encode();
    Arrays.fill(x, LAT_LNG_FROM, LAT_LNG_TO, (byte) 0);
    Arrays.fill(y, LAT_LNG_FROM, LAT_LNG_TO, (byte) 0);
    return Arrays.equals(x, y);
  }
}
