package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.AcceptLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `AcceptLink` (#66, `PROC/link/accept.rs`; `serviceability-instructions.md` §3.7). Requested →
/// Pending, by the owner of side Z's contributor only (foundation members are not allowed), naming
/// side Z's interface (exact, case-sensitive match).
///
/// Accounts: Link, Contributor (side Z's), side Z Device, GlobalState (unused), payer (S), system
/// program (unused).
public final class AcceptLinkProcessor {
  private AcceptLinkProcessor() {}

  /// Processes one `AcceptLink`.
  ///
  /// @throws ProgramException `NotAllowed` (8) unless the payer owns the contributor and the
  ///   contributor owns side Z, `InvalidStatus` (7) unless Requested, `InvalidAccountOwner` (52)
  ///   when the device is not the link's side Z, `InvalidInterfaceName` (12), panics for misplaced
  ///   accounts
  public static void process(Invocation inv, AcceptLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount sideZAccount = accounts.next();
    accounts.next();
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(sideZAccount, "Side Z");
    inv.checkWritable(linkAccount, "PDA");

    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    if (link.status != LinkStatus.REQUESTED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (!link.sideZPk.equals(sideZAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_OWNER);
    }
    Device sideZ = inv.read(sideZAccount, Device.class);
    if (!sideZ.contributorPk().equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (LinkInterfaces.findExact(sideZ, args.sideZIfaceName()) == null) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_NAME);
    }
    link.sideZIfaceName = args.sideZIfaceName();
    link.status = LinkStatus.PENDING;
    inv.write(link.build(), linkAccount, payer);
  }
}
