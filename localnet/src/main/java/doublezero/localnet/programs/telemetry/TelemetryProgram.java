package doublezero.localnet.programs.telemetry;

import static java.util.Objects.requireNonNull;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.instruction.InitializeDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.InitializeInternetLatencySamples;
import doublezero.sdk.telemetry.instruction.TelemetryInstruction;
import doublezero.sdk.telemetry.instruction.WriteDeviceLatencySamples;
import doublezero.sdk.telemetry.instruction.WriteInternetLatencySamples;
import java.util.List;

/// The telemetry program (`doublezero-telemetry`, reference `src/entrypoint.rs`,
/// `src/instructions.rs`) ported to Java: unpacks the instruction with
/// [TelemetryInstruction#decode] (index byte, then incremental Borsh arguments) and routes it to
/// its processor (`reference/telemetry-geolocation.md` §A.6).
///
/// Empty data or an index other than 0..3 fails with `InvalidInstructionData`. Arguments that do
/// not decode (a partly present field, a name that is not UTF-8) fail with `BorshIoError`: the
/// program propagates the `borsh::io::Error` of `Args::try_from(rest)` with `?`
/// (docs/compatibility.md).
public final class TelemetryProgram implements ProgramProcessor {
  private final PublicKey serviceabilityProgramId;

  /// @param serviceabilityProgramId the serviceability program whose Device, Link and Exchange
  ///   accounts the program accepts (compiled into the reference by `build.rs`)
  public TelemetryProgram(PublicKey serviceabilityProgramId) {
    this.serviceabilityProgramId =
        requireNonNull(serviceabilityProgramId, "serviceabilityProgramId");
  }

  @Override
  public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException {
    if (data.length == 0 || (data[0] & 0xFF) > 3) {
      throw ProgramException.of(BuiltinError.InvalidInstructionData);
    }
    TelemetryInstruction ix;
    try {
      ix = TelemetryInstruction.decode(data);
    } catch (DecodeException e) {
      throw ProgramException.of(BuiltinError.BorshIoError);
    }
    ctx.log("Instruction: " + ix.tag().variantName());
    switch (ix) {
      case InitializeDeviceLatencySamples a ->
          new InitializeDeviceLatencySamplesProcessor(serviceabilityProgramId)
              .process(ctx, accounts, a);
      case WriteDeviceLatencySamples a ->
          WriteLatencySamplesProcessor.DEVICE.process(
              ctx, accounts, a.startTimestampMicroseconds(), a.samples());
      case InitializeInternetLatencySamples a ->
          new InitializeInternetLatencySamplesProcessor(serviceabilityProgramId)
              .process(ctx, accounts, a);
      case WriteInternetLatencySamples a ->
          WriteLatencySamplesProcessor.INTERNET.process(
              ctx, accounts, a.startTimestampMicroseconds(), a.samples());
    }
  }
}
