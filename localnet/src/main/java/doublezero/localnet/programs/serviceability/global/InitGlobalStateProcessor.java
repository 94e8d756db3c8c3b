package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.instruction.InitGlobalState;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.FeatureFlags;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ProgramConfig;
import doublezero.sdk.serviceability.state.ProgramVersion;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;

/// `InitGlobalState` (#1, `PROC/globalstate/initialize.rs`; `serviceability-instructions.md` §3.1).
/// No authorization: writes ProgramConfig (created, or rewritten with version 0.12.0 / min
/// compatible 0.7.1) and, only when GlobalState is still empty, creates it with the payer as
/// foundation, activator, sentinel, health oracle and QA member.
///
/// Accounts: ProgramConfig PDA (W), GlobalState PDA (W), payer (S), system program.
public final class InitGlobalStateProcessor {
  /// The version this port reports (`ProgramVersion::current()`, the crate version of the reference
  /// tag).
  public static final ProgramVersion VERSION = new ProgramVersion(0, 12, 0);

  /// `MIN_COMPATIBLE_VERSION` (`SVC/min_version.rs`).
  public static final ProgramVersion MIN_COMPATIBLE_VERSION = new ProgramVersion(0, 7, 1);

  private InitGlobalStateProcessor() {}

  /// Processes one `InitGlobalState`.
  ///
  /// @throws ProgramException panics for a read-only or misplaced account, an unsigned payer or a
  ///   wrong system program; the system program's error when creating fails
  public static void process(Invocation inv, InitGlobalState args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount programConfigAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.check(programConfigAccount.isWritable(), "ProgramConfig must be writable");
    inv.check(globalStateAccount.isWritable(), "GlobalState must be writable");
    inv.checkSigner(payer);
    inv.check(system.key().equals(SystemProgram.PROGRAM_ID), "Invalid System Program account");

    ProgramDerivedAddress configPda = ServiceabilityPdas.programConfig(inv.programId());
    inv.check(
        programConfigAccount.key().equals(configPda.address()), "Invalid ProgramConfig PubKey");
    ProgramConfig config = new ProgramConfig(configPda.bump(), VERSION, MIN_COMPATIBLE_VERSION);
    if (programConfigAccount.dataLength() == 0) {
      inv.create(config, programConfigAccount, payer, configPda.signerSeeds());
    } else {
      inv.write(config, programConfigAccount, payer);
    }

    ProgramDerivedAddress statePda = ServiceabilityPdas.globalState(inv.programId());
    inv.check(globalStateAccount.key().equals(statePda.address()), "Invalid GlobalState PubKey");
    if (globalStateAccount.dataLength() != 0) {
      return;
    }
    PublicKey p = payer.key();
    GlobalState state =
        new GlobalState(
            statePda.bump(),
            U128.ZERO,
            List.of(p),
            List.of(p),
            List.of(),
            p,
            p,
            1_000_000_000L,
            40_000L,
            p,
            List.of(p),
            FeatureFlags.NONE,
            PublicKey.DEFAULT);
    inv.create(state, globalStateAccount, payer, statePda.signerSeeds());
  }
}
