package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;

/// `UpdateLink` (#31, `PROC/link/update.rs`; `serviceability-instructions.md` §3.7). With more than
/// 5 accounts the third is side Z's Device and the contributor is side Z's (contributor B);
/// otherwise the contributor must be the link's own (contributor A). Contributor A may change code,
/// type, bandwidth, MTU, delay and jitter; either side may change the delay override, the desired
/// status and the status, which takes **any value with no transition check**. `contributor_pk` in
/// the arguments is ignored. The contributor account's owner is not checked (its key is compared
/// with the link's or side Z's contributor instead).
///
/// Accounts: Link, Contributor, [side Z Device], GlobalState, payer (S), system program.
public final class UpdateLinkProcessor {
  private UpdateLinkProcessor() {}

  /// Processes one `UpdateLink`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidAccountOwner` (52) for a side Z that is
  ///   foreign or not the link's, `InvalidAccountCode` (19), the Link rules' errors, panics for
  ///   misplaced accounts
  public static void process(Invocation inv, UpdateLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount sideZAccount = inv.accountCount() > 5 ? accounts.next() : null;
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(linkAccount, "PDA");

    GlobalState gs = inv.globalState(globalStateAccount);
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      inv.log("contributor owner: " + contributor.owner());
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (sideZAccount != null && !sideZAccount.owner().equals(inv.programId())) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_OWNER);
    }
    Device sideZ = sideZAccount == null ? null : inv.read(sideZAccount, Device.class);
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    if (sideZ == null) {
      if (!link.contributorPk.equals(contributorAccount.key())) {
        inv.log("link contributor_pk: " + link.contributorPk);
        throw inv.error(ServiceabilityError.NOT_ALLOWED);
      }
    } else {
      if (!link.sideZPk.equals(sideZAccount.key())) {
        throw inv.error(ServiceabilityError.INVALID_ACCOUNT_OWNER);
      }
      if (!sideZ.contributorPk().equals(contributorAccount.key())) {
        inv.log("side_z contributor_pk: " + sideZ.contributorPk());
        throw inv.error(ServiceabilityError.NOT_ALLOWED);
      }
    }
    if (link.contributorPk.equals(contributorAccount.key())) {
      applyContributorAFields(inv, link, args);
    }
    args.delayOverrideNs().ifPresent(v -> link.delayOverrideNs = v);
    args.desiredStatus().ifPresent(v -> link.desiredStatus = v);
    args.status().ifPresent(v -> link.status = v);
    inv.write(link.build(), linkAccount, payer);
  }

  private static void applyContributorAFields(Invocation inv, LinkDraft link, UpdateLink args)
      throws ProgramException {
    if (args.code().isPresent()) {
      link.code =
          AccountCode.normalize(args.code().get())
              .map(AccountCode::asciiLowercase)
              .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE));
    }
    args.tunnelType().ifPresent(v -> link.linkType = v);
    args.bandwidth().ifPresent(v -> link.bandwidth = v);
    args.mtu().ifPresent(v -> link.mtu = v);
    args.delayNs().ifPresent(v -> link.delayNs = v);
    args.jitterNs().ifPresent(v -> link.jitterNs = v);
  }
}
