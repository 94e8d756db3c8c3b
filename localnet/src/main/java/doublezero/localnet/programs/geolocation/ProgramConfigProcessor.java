package doublezero.localnet.programs.geolocation;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.accounts.AccountLifecycle;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.InvokeContext;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.geolocation.instruction.UpdateProgramConfig;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;
import java.util.Optional;

/// Tags 0 and 1, `process_init_program_config` and `process_update_program_config`
/// (`src/processors/program_config/{init,update}.rs`; `reference/telemetry-geolocation.md` §D.6):
/// only the program's upgrade authority, read from its program-data account, may create or change
/// the 10-byte config.
final class ProgramConfigProcessor {
  private ProgramConfigProcessor() {}

  /// Checks in order: payer signs, config writable (`InvalidAccountData`), program-data key
  /// (`InvalidAccountData`), upgrade authority = payer (17; none ⇒ `InvalidAccountData`), config
  /// PDA (`InvalidSeeds`), config empty (`AccountAlreadyInitialized`); then creates `{type 1, bump,
  /// version 1, min_compatible_version 1}`.
  static void init(InvokeContext ctx, List<BorrowedAccount> accounts) throws ProgramException {
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount config = cursor.next();
    BorrowedAccount programData = cursor.next();
    BorrowedAccount payer = cursor.next();
    cursor.next(); // system program
    new Gate(ctx, null).requireSigner(payer);
    requireWritable(ctx, config);
    requireAuthority(ctx, programData, payer);
    ProgramDerivedAddress pda = GeolocationPda.programConfig(ctx.programId());
    if (!config.key().equals(pda.address())) {
      ctx.log("Invalid ProgramConfig Pubkey");
      throw ProgramException.of(BuiltinError.InvalidSeeds);
    }
    if (config.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    byte[] data = new GeolocationProgramConfig(pda.bump(), 1, 1).encode();
    AccountLifecycle.create(ctx, config, payer, data, pda.signerSeeds());
  }

  /// Checks in order: payer signs, fourth account is the System program (`IncorrectProgramId`),
  /// config writable (`InvalidAccountData`) and owned by this program (`IllegalOwner`), program
  /// data owned by the upgradeable loader (`IllegalOwner`) at its PDA (`InvalidAccountData`),
  /// upgrade authority = payer (17); then applies the given fields and requires
  /// `min_compatible_version ≤ version` (18).
  static void update(InvokeContext ctx, List<BorrowedAccount> accounts, UpdateProgramConfig args)
      throws ProgramException {
    AccountCursor cursor = new AccountCursor(accounts);
    BorrowedAccount config = cursor.next();
    BorrowedAccount programData = cursor.next();
    BorrowedAccount payer = cursor.next();
    BorrowedAccount systemProgram = cursor.next();
    new Gate(ctx, null).requireSigner(payer);
    if (!systemProgram.key().equals(SystemProgram.PROGRAM_ID)) {
      ctx.log("Invalid System Program account");
      throw ProgramException.of(BuiltinError.IncorrectProgramId);
    }
    requireWritable(ctx, config);
    if (!config.owner().equals(ctx.programId())) {
      ctx.log("Invalid ProgramConfig Account Owner");
      throw ProgramException.of(BuiltinError.IllegalOwner);
    }
    if (!programData.owner().equals(GeolocationPda.BPF_LOADER_UPGRADEABLE)) {
      ctx.log("Program data account not owned by BPF Upgradeable Loader");
      throw ProgramException.of(BuiltinError.IllegalOwner);
    }
    requireAuthority(ctx, programData, payer);
    GeolocationProgramConfig current = Gate.programConfig(ctx, config);
    long version = args.version().orElse(current.version());
    long min = args.minCompatibleVersion().orElse(current.minCompatibleVersion());
    if (min > version) {
      throw Gate.error(GeolocationError.INVALID_MIN_COMPATIBLE_VERSION);
    }
    byte[] data = new GeolocationProgramConfig(current.bumpSeed(), version, min).encode();
    AccountLifecycle.write(ctx, config, payer, data);
  }

  private static void requireWritable(InvokeContext ctx, BorrowedAccount config)
      throws ProgramException {
    if (!config.isWritable()) {
      ctx.log("ProgramConfig must be writable");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
  }

  /// The program-data account must be this program's (`InvalidAccountData`) and name the payer as
  /// upgrade authority (17); an immutable program (no authority) is `InvalidAccountData`.
  private static void requireAuthority(
      InvokeContext ctx, BorrowedAccount programData, BorrowedAccount payer)
      throws ProgramException {
    if (!programData.key().equals(GeolocationPda.programData(ctx.programId()).address())) {
      ctx.log("Invalid program data account");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    Optional<PublicKey> authority = UpgradeAuthority.parse(programData.data());
    if (authority.isEmpty()) {
      ctx.log("Program has no upgrade authority (immutable)");
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (!authority.get().equals(payer.key())) {
      ctx.log("Payer " + payer.key() + " is not the upgrade authority " + authority.get());
      throw Gate.error(GeolocationError.UNAUTHORIZED_INITIALIZER);
    }
  }
}
