package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetMinVersion;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;

/// `SetMinVersion` (#79, `PROC/globalstate/setversion.rs`; `serviceability-instructions.md` §3.1,
/// §9.2): a foundation member sets `ProgramConfig.min_compatible_version`, which may not exceed the
/// program's `version` (compared by major, minor, patch).
///
/// Accounts: ProgramConfig (owner checked; its PDA is not), GlobalState PDA (W, asserted), payer
/// (S), system program. The reference SDK sends only `[globalstate, payer, system]`, which fails
/// here with `NotEnoughAccountKeys` as it does on chain.
public final class SetMinVersionProcessor {
  private SetMinVersionProcessor() {}

  /// Processes one `SetMinVersion`.
  ///
  /// @throws ProgramException `NotEnoughAccountKeys`; panics for an unsigned payer, foreign owners,
  ///   a wrong system program, a read-only or misplaced GlobalState; `NotAllowed` (8) outside the
  ///   foundation allowlist; `InvalidAccountData` when the first account is no ProgramConfig;
  ///   `InvalidMinCompatibleVersion` (59)
  public static void process(Invocation inv, SetMinVersion args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount programConfigAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(programConfigAccount, "ProgramVersion");
    inv.checkOwnedByProgram(globalStateAccount, "PDA");
    inv.checkSystemProgram(system);
    inv.check(globalStateAccount.isWritable(), "PDA Account is not writable");
    inv.check(
        globalStateAccount.key().equals(ServiceabilityPdas.globalState(inv.programId()).address()),
        "Invalid GlobalState PubKey");
    GlobalState state = inv.globalState(globalStateAccount);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ProgramConfig config = inv.read(programConfigAccount, ProgramConfig.class);
    ProgramVersion wanted = new ProgramVersion(args.major(), args.minor(), args.patch());
    if (wanted.compareTo(config.version()) > 0) {
      throw inv.error(ServiceabilityError.INVALID_MIN_COMPATIBLE_VERSION);
    }
    inv.write(
        new ProgramConfig(config.bumpSeed(), config.version(), wanted),
        programConfigAccount,
        payer);
  }
}
