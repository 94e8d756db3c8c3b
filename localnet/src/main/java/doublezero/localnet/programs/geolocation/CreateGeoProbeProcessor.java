package doublezero.localnet.programs.geolocation;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import java.util.List;

/// Tag 2, `process_create_geo_probe` (`src/processors/geo_probe/create.rs`;
/// `reference/telemetry-geolocation.md` §D.6). Checks in order: six accounts, payer signs,
/// foundation gate, Exchange owned by serviceability (11) and Activated (`InvalidAccountData`),
/// code length (4), code characters (12), public IP (5), probe PDA from the code (`InvalidSeeds`),
/// probe empty (`AccountAlreadyInitialized`); then creates the probe owned by the payer with no
/// parents and reference count 0.
final class CreateGeoProbeProcessor {
  private final Gate gate;

  CreateGeoProbeProcessor(Gate gate) {
    this.gate = gate;
  }

  void process(List<BorrowedAccount> accounts, CreateGeoProbe args) throws ProgramException {
    InvokeContext ctx = gate.ctx();
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount probe = cursor.next();
    BorrowedAccount exchangeAccount = cursor.next();
    BorrowedAccount config = cursor.next();
    BorrowedAccount globalState = cursor.next();
    BorrowedAccount payer = cursor.next();
    cursor.next(); // system program
    gate.requireSigner(payer);
    gate.requireFoundation(config, globalState, payer);
    Exchange exchange = gate.serviceabilityArgument(exchangeAccount, Exchange.class, "Exchange");
    if (exchange.status() != ExchangeStatus.ACTIVATED) {
      ctx.log(
          "Exchange "
              + exchangeAccount.key()
              + " is not activated (status: "
              + exchange.status()
              + ")");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    GeolocationError lengthError = ProbeRules.codeLength(args.code());
    if (lengthError != null) {
      throw Gate.error(lengthError);
    }
    if (!ProbeRules.codeCharacters(args.code())) {
      throw Gate.error(GeolocationError.INVALID_ACCOUNT_CODE);
    }
    if (!ProbeRules.isPublic(args.publicIp())) {
      throw Gate.error(GeolocationError.INVALID_IP_ADDRESS);
    }
    ProgramDerivedAddress pda = GeolocationPda.geoProbe(ctx.programId(), args.code());
    if (!probe.key().equals(pda.address())) {
      ctx.log("Invalid GeoProbe PubKey");
      throw ProgramException.of(BuiltinError.InvalidSeeds);
    }
    if (probe.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    GeoProbe value =
        new GeoProbe(
            payer.key(),
            exchangeAccount.key(),
            args.publicIp(),
            args.locationOffsetPort(),
            args.metricsPublisherPk(),
            0,
            args.code(),
            List.of());
    AccountLifecycle.create(ctx, probe, payer, value.encode(), pda.signerSeeds());
  }
}
