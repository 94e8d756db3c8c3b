package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `DeleteLink` (#34, `PROC/link/delete.rs`; `serviceability-instructions.md` §3.7). Any status
/// except Activated and Deleting. Legacy: the link becomes Deleting (the activator closes it).
/// Atomic (`use_onchain_deallocation`, needs OnChainAllocation): frees the tunnel net and id,
/// unlinks both interfaces, releases the three reference counts and closes the link to its owner.
///
/// Accounts: Link, Contributor, GlobalState, [side A, side Z, DeviceTunnelBlock, LinkIds, link
/// owner], payer (S), system program.
public final class DeleteLinkProcessor {
  private DeleteLinkProcessor() {}

  /// Processes one `DeleteLink`.
  ///
  /// @throws ProgramException `InvalidOwnerPubkey` (1) unless the payer owns the contributor or is
  ///   foundation, `InvalidStatus` (7) for Activated/Deleting, `NotAllowed` (8) for a
  ///   non-foundation payer whose contributor is not the link's, `InvalidAccountData` for wrong
  ///   owner/side accounts, `FeatureNotEnabled` (84), panics for misplaced accounts
  public static void process(Invocation inv, DeleteLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    Teardown teardown =
        args.useOnchainDeallocation()
            ? new Teardown(
                accounts.next(), accounts.next(), accounts.next(), accounts.next(), accounts.next())
            : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);

    GlobalState gs = inv.globalState(globalStateAccount);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    boolean foundation = gs.foundationAllowlist().contains(payer.key());
    if (!contributor.owner().equals(payer.key()) && !foundation) {
      throw inv.error(ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    if (link.status == LinkStatus.ACTIVATED || link.status == LinkStatus.DELETING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (!foundation && !link.contributorPk.equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (teardown == null) {
      link.status = LinkStatus.DELETING;
      inv.write(link.build(), linkAccount, payer);
      return;
    }
    inv.checkOwnedByProgram(teardown.sideA(), "Side A");
    inv.checkOwnedByProgram(teardown.sideZ(), "Side Z");
    if (!link.owner.equals(teardown.owner().key())
        || !link.sideAPk.equals(teardown.sideA().key())
        || !link.sideZPk.equals(teardown.sideZ().key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    LinkResources.deallocateChecked(inv, link, teardown.tunnelBlock(), teardown.linkIds(), gs);
    Device sideA = inv.read(teardown.sideA(), Device.class);
    Device sideZ = inv.read(teardown.sideZ(), Device.class);
    release(
        inv,
        link,
        payer,
        contributor,
        contributorAccount,
        sideA,
        teardown.sideA(),
        sideZ,
        teardown.sideZ());
    inv.close(linkAccount, teardown.owner());
  }

  /// The shared tail of atomic DeleteLink and CloseAccountLink: unlink both interfaces, release the
  /// contributor's and both devices' references (saturating at 0), write the three accounts.
  static void release(
      Invocation inv,
      LinkDraft link,
      BorrowedAccount payer,
      Contributor contributor,
      BorrowedAccount contributorAccount,
      Device sideA,
      BorrowedAccount sideAAccount,
      Device sideZ,
      BorrowedAccount sideZAccount)
      throws ProgramException {
    sideA = LinkInterfaces.unlink(sideA, link.sideAIfaceName);
    sideZ = LinkInterfaces.unlink(sideZ, link.sideZIfaceName);
    contributor =
        Copies.withReferenceCount(contributor, Copies.decrement(contributor.referenceCount()));
    sideA = Copies.withReferenceCount(sideA, Copies.decrement(sideA.referenceCount()));
    sideZ = Copies.withReferenceCount(sideZ, Copies.decrement(sideZ.referenceCount()));
    inv.write(contributor, contributorAccount, payer);
    inv.write(sideA, sideAAccount, payer);
    inv.write(sideZ, sideZAccount, payer);
  }

  private record Teardown(
      BorrowedAccount sideA,
      BorrowedAccount sideZ,
      BorrowedAccount tunnelBlock,
      BorrowedAccount linkIds,
      BorrowedAccount owner) {}
}
