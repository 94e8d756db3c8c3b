package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.RejectLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `RejectLink` (#30, `PROC/link/reject.rs`; `serviceability-instructions.md` §3.7). The account
/// list depends on the link's status: a Pending link is rejected by a foundation member (`[link,
/// globalstate, payer, system]`), a Requested (DZX) link by side Z's contributor owner (`[link,
/// globalstate, contributor, side Z, payer, system]`). The tunnel is cleared and the link becomes
/// Rejected; reference counts are kept until delete + close.
public final class RejectLinkProcessor {
  private RejectLinkProcessor() {}

  /// Processes one `RejectLink`.
  ///
  /// @throws ProgramException `InvalidStatus` (7) for any other status (before the payer is even
  ///   read), `NotAllowed` (8), `NotEnoughAccountKeys` for the other status's shorter list, panics
  ///   for misplaced accounts
  public static void process(Invocation inv, RejectLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();

    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(linkAccount, "PDA");
    GlobalState gs = inv.globalState(globalStateAccount);
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));

    BorrowedAccount payer =
        switch (link.status) {
          case PENDING -> foundationPayer(inv, accounts, gs);
          case REQUESTED -> sideZPayer(inv, accounts, link);
          case ACTIVATED, DELETING, REJECTED, HARD_DRAINED, SOFT_DRAINED, PROVISIONING ->
              throw inv.error(ServiceabilityError.INVALID_STATUS);
        };

    link.tunnelId = 0;
    link.tunnelNet = NetworkV4.DEFAULT;
    link.status = LinkStatus.REJECTED;
    inv.log("Reason: \"" + args.reason() + "\"");
    inv.write(link.build(), linkAccount, payer);
  }

  private static BorrowedAccount foundationPayer(
      Invocation inv, AccountCursor accounts, GlobalState gs) throws ProgramException {
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.checkSigner(payer);
    inv.checkSystemProgram(system);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return payer;
  }

  private static BorrowedAccount sideZPayer(Invocation inv, AccountCursor accounts, LinkDraft link)
      throws ProgramException {
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount sideZAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.check(contributorAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(sideZAccount, "Side Z");
    inv.checkSigner(payer);
    inv.checkSystemProgram(system);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    Device sideZ = inv.read(sideZAccount, Device.class);
    if (!contributor.owner().equals(payer.key())
        || !sideZ.contributorPk().equals(contributorAccount.key())
        || !sideZAccount.key().equals(link.sideZPk)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    return payer;
  }
}
