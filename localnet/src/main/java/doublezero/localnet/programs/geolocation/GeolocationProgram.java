package doublezero.localnet.programs.geolocation;

import static java.util.Objects.requireNonNull;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.localnet.runtime.ProgramProcessor;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.instruction.AddParentDevice;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.instruction.DeleteGeoProbe;
import doublezero.sdk.geolocation.instruction.GeolocationInstruction;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.RemoveParentDevice;
import doublezero.sdk.geolocation.instruction.UpdateGeoProbe;
import doublezero.sdk.geolocation.instruction.UpdateProgramConfig;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;

/// The geolocation program at v0.12.0 (`doublezero-geolocation`, reference `src/entrypoint.rs`)
/// ported to Java: decodes the instruction strictly with [GeolocationInstruction#decode]
/// (`borsh::from_slice`; any decode error, trailing bytes included, is `InvalidInstructionData`)
/// and routes it (`reference/telemetry-geolocation.md` §D.6).
public final class GeolocationProgram implements ProgramProcessor {
  private final PublicKey serviceabilityProgramId;

  /// @param serviceabilityProgramId the serviceability program whose GlobalState, Exchange and
  ///   Device accounts the program accepts (compiled into the reference by `build.rs`)
  public GeolocationProgram(PublicKey serviceabilityProgramId) {
    this.serviceabilityProgramId =
        requireNonNull(serviceabilityProgramId, "serviceabilityProgramId");
  }

  @Override
  public void process(InvokeContext ctx, List<BorrowedAccount> accounts, byte[] data)
      throws ProgramException {
    GeolocationInstruction ix;
    try {
      ix = GeolocationInstruction.decode(data);
    } catch (DecodeException e) {
      throw ProgramException.of(BuiltinError.InvalidInstructionData);
    }
    ctx.log("Instruction: " + ix.tag().variantName());
    Gate gate = new Gate(ctx, serviceabilityProgramId);
    switch (ix) {
      case InitProgramConfig i -> ProgramConfigProcessor.init(ctx, accounts);
      case UpdateProgramConfig u -> ProgramConfigProcessor.update(ctx, accounts, u);
      case CreateGeoProbe c -> new CreateGeoProbeProcessor(gate).process(accounts, c);
      case UpdateGeoProbe u -> new GeoProbeProcessor(gate).update(accounts, u);
      case DeleteGeoProbe d -> new GeoProbeProcessor(gate).delete(accounts);
      case AddParentDevice a -> new GeoProbeProcessor(gate).addParent(accounts);
      case RemoveParentDevice r -> new GeoProbeProcessor(gate).removeParent(accounts, r);
    }
  }
}
