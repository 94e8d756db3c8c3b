package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkStatus;

/// `ActivateLink` (#29, `PROC/link/activate.rs`; `serviceability-instructions.md` §3.7). Pending →
/// Activated, by the activator or a foundation member. Both interfaces must be Unlinked and free of
/// CYOA/DIA; they become Activated and get the tunnel's first/second address when they have none.
/// With `use_onchain_allocation` the tunnel net and id come from the pools (only when still unset;
/// no feature-flag check), otherwise from the arguments.
///
/// Accounts: Link, side A Device, side Z Device, GlobalState, [DeviceTunnelBlock, LinkIds], payer
/// (S), system program (not checked).
public final class ActivateLinkProcessor {
  private ActivateLinkProcessor() {}

  /// Processes one `ActivateLink`.
  ///
  /// @throws ProgramException `NotAllowed` (8), `InvalidAccountData` for devices that are not the
  ///   link's sides, `InvalidStatus` (7) unless Pending or when an interface is not Unlinked,
  ///   `InterfaceNotFound` (24), `InterfaceHasEdgeAssignment` (83), `AllocationFailed` (63), the
  ///   Link rules' errors, panics for misplaced accounts
  public static void process(Invocation inv, ActivateLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount sideAAccount = accounts.next();
    BorrowedAccount sideZAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount linkIds = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    accounts.next();

    inv.checkSigner(payer);
    inv.check(linkAccount.owner().equals(inv.programId()), "Invalid PDA Account Owner");
    inv.check(
        sideAAccount.owner().equals(inv.programId()),
        "Invalid PDA Account Owner for Side A Device");
    inv.check(
        sideZAccount.owner().equals(inv.programId()),
        "Invalid PDA Account Owner for Side Z Device");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkWritable(linkAccount, "PDA");
    inv.checkWritable(sideAAccount, "Side A PDA");
    inv.checkWritable(sideZAccount, "Side Z PDA");

    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.activatorAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    LinkDraft link = LinkDraft.of(inv.read(linkAccount, Link.class));
    Device sideA = inv.read(sideAAccount, Device.class);
    Device sideZ = inv.read(sideZAccount, Device.class);
    if (!link.sideAPk.equals(sideAAccount.key()) || !link.sideZPk.equals(sideZAccount.key())) {
      throw ProgramException.of(BuiltinError.InvalidAccountData);
    }
    if (link.status != LinkStatus.PENDING) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    int ia = LinkInterfaces.find(sideA, link.sideAIfaceName);
    if (ia < 0) {
      throw inv.error(ServiceabilityError.INTERFACE_NOT_FOUND);
    }
    int iz = LinkInterfaces.find(sideZ, link.sideZIfaceName);
    if (iz < 0) {
      throw inv.error(ServiceabilityError.INTERFACE_NOT_FOUND);
    }
    InterfaceV2 a = sideA.interfaces().get(ia).toCurrentVersion();
    InterfaceV2 z = sideZ.interfaces().get(iz).toCurrentVersion();
    if (a.status() != InterfaceStatus.UNLINKED || z.status() != InterfaceStatus.UNLINKED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    if (LinkInterfaces.hasEdgeAssignment(a) || LinkInterfaces.hasEdgeAssignment(z)) {
      throw inv.error(ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
    }

    if (args.useOnchainAllocation()) {
      LinkResources.assertPools(inv, tunnelBlock, linkIds);
      LinkResources.allocate(inv, link, tunnelBlock, linkIds);
    } else {
      link.tunnelId = args.tunnelId();
      link.tunnelNet = args.tunnelNet();
    }
    sideA = Copies.withInterface(sideA, ia, LinkInterfaces.activated(inv, a, link.tunnelNet, 0));
    sideZ = Copies.withInterface(sideZ, iz, LinkInterfaces.activated(inv, z, link.tunnelNet, 1));
    link.status = LinkStatus.ACTIVATED;

    inv.write(sideA, sideAAccount, payer);
    inv.write(sideZ, sideZAccount, payer);
    inv.write(link.build(), linkAccount, payer);
  }
}
