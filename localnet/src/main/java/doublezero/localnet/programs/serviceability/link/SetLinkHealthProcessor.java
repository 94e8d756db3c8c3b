package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetLinkHealth;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;

/// `SetLinkHealth` (#84, `PROC/link/sethealth.rs`; `serviceability-instructions.md` §3.7). The
/// health oracle or a foundation member sets `link_health`; the status does not follow
/// (`check_status_transition` is a no-op).
///
/// Accounts: Link, GlobalState, payer (S), system program.
public final class SetLinkHealthProcessor {
  private SetLinkHealthProcessor() {}

  /// Processes one `SetLinkHealth`.
  ///
  /// @throws ProgramException `NotAllowed` (8), the Link rules' errors, panics for misplaced
  ///   accounts
  public static void process(Invocation inv, SetLinkHealth args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(linkAccount, "PDA");

    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.healthOraclePk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    link.linkHealth = args.health();
    Link value = link.build();
    inv.write(value, linkAccount, payer);
    inv.log("Set Health: " + value);
  }
}
