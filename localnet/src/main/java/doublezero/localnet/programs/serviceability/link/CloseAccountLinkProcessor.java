package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CloseAccountLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `CloseAccountLink` (#35, `PROC/link/closeaccount.rs`; `serviceability-instructions.md` §3.7).
/// Closes a Deleting link to its owner, by the activator or a foundation member: optionally frees
/// the tunnel net and id (asserted pools, no feature-flag check), unlinks both interfaces and
/// releases the three reference counts.
///
/// Accounts: Link, owner, Contributor, side A, side Z, GlobalState, [DeviceTunnelBlock, LinkIds],
/// payer (S), system program.
public final class CloseAccountLinkProcessor {
  private CloseAccountLinkProcessor() {}

  /// Processes one `CloseAccountLink`.
  ///
  /// @throws ProgramException `NotAllowed` (8) for another payer or a contributor that is not the
  ///   link's, `InvalidAccountData` for wrong owner/side accounts, raw `Custom(1)` unless Deleting,
  ///   panics for misplaced accounts
  public static void process(Invocation inv, CloseAccountLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount ownerAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount sideAAccount = accounts.next();
    BorrowedAccount sideZAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = args.useOnchainDeallocation() ? accounts.next() : null;
    BorrowedAccount linkIds = args.useOnchainDeallocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(sideAAccount, "Side A");
    inv.checkOwnedByProgram(sideZAccount, "Side Z");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(linkAccount, "PDA");

    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    Device sideA = inv.read(sideAAccount, Device.class);
    Device sideZ = inv.read(sideZAccount, Device.class);
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    if (!link.contributorPk.equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (!link.owner.equals(ownerAccount.key())
        || !link.sideAPk.equals(sideAAccount.key())
        || !link.sideZPk.equals(sideZAccount.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (link.status != LinkStatus.DELETING) {
      throw ProgramException.custom(1);
    }
    if (args.useOnchainDeallocation()) {
      LinkResources.assertPools(inv, tunnelBlock, linkIds);
      LinkResources.deallocate(inv, link, tunnelBlock, linkIds);
    }
    DeleteLinkProcessor.release(
        inv,
        link,
        payer,
        contributor,
        contributorAccount,
        sideA,
        sideAAccount,
        sideZ,
        sideZAccount);
    inv.close(linkAccount, ownerAccount);
  }
}
