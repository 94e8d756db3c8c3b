package doublezero.localnet.programs.geolocation;

import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.PublicKey;

/// The checks the GeoProbe instructions share (`src/processors/mod.rs::check_foundation_allowlist`,
/// the probe account checks of `src/processors/geo_probe/*.rs`, the state `TryFrom<&AccountInfo>`
/// impls).
final class Gate {
  private final InvokeContext ctx;
  private final PublicKey serviceabilityProgramId;

  Gate(InvokeContext ctx, PublicKey serviceabilityProgramId) {
    this.ctx = ctx;
    this.serviceabilityProgramId = serviceabilityProgramId;
  }

  InvokeContext ctx() {
    return ctx;
  }

  /// `Custom(code)` of `error`, to throw.
  static ProgramException error(GeolocationError error) {
    return ProgramException.custom(error.toProgramError().code());
  }

  /// The payer must sign: `MissingRequiredSignature`.
  void requireSigner(BorrowedAccount payer) throws ProgramException {
    if (!payer.isSigner()) {
      ctx.log("Payer must be a signer");
      throw ProgramException.of(BuiltinError.MissingRequiredSignature);
    }
  }

  /// `check_foundation_allowlist`: config owned by this program (`IllegalOwner`) and a
  /// ProgramConfig (`InvalidAccountData`); GlobalState owned by serviceability
  /// (`IncorrectProgramId`) and readable (`InvalidAccountData`); payer in its foundation allowlist
  /// (`NotAllowed` 2).
  void requireFoundation(BorrowedAccount config, BorrowedAccount globalState, BorrowedAccount payer)
      throws ProgramException {
    if (!config.owner().equals(ctx.programId())) {
      ctx.log("Invalid ProgramConfig Account Owner");
      throw ProgramException.of(BuiltinError.IllegalOwner);
    }
    programConfig(ctx, config);
    if (!globalState.owner().equals(serviceabilityProgramId)) {
      ctx.log(
          "Expected serviceability program: "
              + serviceabilityProgramId
              + ", got: "
              + globalState.owner());
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
    GlobalState state = serviceability(globalState, GlobalState.class);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw error(GeolocationError.NOT_ALLOWED);
    }
  }

  /// `GeolocationProgramConfig::try_from(account)`: incremental parse, then the type check.
  ///
  /// @throws ProgramException `InvalidAccountData` when it does not parse or is another type
  static GeolocationProgramConfig programConfig(InvokeContext ctx, BorrowedAccount account)
      throws ProgramException {
    try {
      return GeolocationProgramConfig.decodeIncremental(account.data());
    } catch (DecodeException e) {
      ctx.log("Failed to deserialize GeolocationProgramConfig: " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
  }

  /// A serviceability account (Exchange, Device) passed as an argument: owned by serviceability,
  /// else `InvalidServiceabilityProgramId` (11).
  <T extends ServiceabilityAccount> T serviceabilityArgument(
      BorrowedAccount account, Class<T> type, String label) throws ProgramException {
    if (!account.owner().equals(serviceabilityProgramId)) {
      ctx.log(
          label
              + " account owner "
              + account.owner()
              + " does not match serviceability program "
              + serviceabilityProgramId);
      throw error(GeolocationError.INVALID_SERVICEABILITY_PROGRAM_ID);
    }
    return serviceability(account, type);
  }

  /// The serviceability state's `TryFrom<&AccountInfo>`: `InvalidAccountData` when it does not
  /// decode or is another type.
  <T extends ServiceabilityAccount> T serviceability(BorrowedAccount account, Class<T> type)
      throws ProgramException {
    ServiceabilityAccount value;
    try {
      value = ServiceabilityAccounts.decode(account.data());
    } catch (DecodeException e) {
      ctx.log("Failed to deserialize " + type.getSimpleName() + ": " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (!type.isInstance(value)) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    return type.cast(value);
  }

  /// The probe account of update/delete/parent changes: owned by this program (`IllegalOwner`) and
  /// writable (`InvalidAccountData`).
  void checkProbe(BorrowedAccount account) throws ProgramException {
    if (!account.owner().equals(ctx.programId())) {
      ctx.log("Invalid GeoProbe Account Owner");
      throw ProgramException.of(BuiltinError.IllegalOwner);
    }
    if (!account.isWritable()) {
      ctx.log("GeoProbe account must be writable");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
  }

  /// `GeoProbe::try_from(account)`: strict Borsh (trailing bytes ignored), then the type check.
  ///
  /// @throws ProgramException `InvalidAccountData` when it does not decode or is another type
  GeoProbe readProbe(BorrowedAccount account) throws ProgramException {
    try {
      return GeoProbe.decode(account.data());
    } catch (DecodeException e) {
      ctx.log("Failed to deserialize GeoProbe: " + e.getMessage());
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
  }
}
