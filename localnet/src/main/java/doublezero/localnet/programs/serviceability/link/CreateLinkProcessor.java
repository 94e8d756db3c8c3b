package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.InterfaceV2;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;

/// `CreateLink` (#28, `PROC/link/create.rs`; `serviceability-instructions.md` §3.7). A WAN link
/// starts Pending, a DZX link Requested; with `use_onchain_allocation` the link gets its /31 and id
/// from the pools and starts Activated together with its interfaces. Contributor, side A and side Z
/// each gain a reference.
///
/// Accounts: Link PDA(account_index + 1), Contributor, side A Device, side Z Device, GlobalState,
/// [DeviceTunnelBlock, LinkIds when `use_onchain_allocation`], payer (S), system program.
public final class CreateLinkProcessor {
  private CreateLinkProcessor() {}

  /// Processes one `CreateLink`.
  ///
  /// @throws ProgramException `InvalidAccountCode` (19), `AccountAlreadyInitialized`,
  ///   `InvalidOwnerPubkey` (1) unless the payer owns the contributor or is foundation,
  ///   `InvalidContributor` (14), `InvalidInterfaceName` (12), `InterfaceHasEdgeAssignment` (83),
  ///   `InvalidInterfaceZForExternal` (15), `FeatureNotEnabled` (84), `InvalidStatus` (7) for a
  ///   linked interface on the atomic path, the Link rules' errors, panics for misplaced accounts
  public static void process(Invocation inv, CreateLink args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount linkAccount = accounts.next();
    BorrowedAccount contributorAccount = accounts.next();
    BorrowedAccount sideAAccount = accounts.next();
    BorrowedAccount sideZAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount tunnelBlock = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount linkIds = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    String code =
        AccountCode.normalize(args.code())
            .map(AccountCode::asciiLowercase)
            .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE));
    inv.checkOwnedByProgram(contributorAccount, "Contributor");
    inv.checkOwnedByProgram(sideAAccount, "Side A");
    inv.checkOwnedByProgram(sideZAccount, "Side Z");
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    if (linkAccount.dataLength() > 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    GlobalState gs = inv.globalState(globalStateAccount);
    gs = GlobalStateDraft.withAccountIndex(gs, gs.accountIndex().increment());
    Contributor contributor = inv.read(contributorAccount, Contributor.class);
    if (!contributor.owner().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.INVALID_OWNER_PUBKEY);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.link(inv.programId(), gs.accountIndex());
    inv.check(linkAccount.key().equals(pda.address()), "Invalid Link PubKey");

    Device sideA = inv.read(sideAAccount, Device.class);
    if (!sideA.contributorPk().equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_CONTRIBUTOR);
    }
    Device sideZ = inv.read(sideZAccount, Device.class);
    if (args.linkType() != LinkLinkType.DZX
        && !sideZ.contributorPk().equals(contributorAccount.key())) {
      throw inv.error(ServiceabilityError.INVALID_CONTRIBUTOR);
    }
    checkEdgeFree(inv, sideA, args.sideAIfaceName());
    if (args.sideZIfaceName().isPresent()) {
      checkEdgeFree(inv, sideZ, args.sideZIfaceName().get());
    }
    if (args.linkType() == LinkLinkType.DZX && args.sideZIfaceName().isPresent()) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_Z_FOR_EXTERNAL);
    }

    contributor = Copies.withReferenceCount(contributor, contributor.referenceCount() + 1);
    sideA = Copies.withReferenceCount(sideA, sideA.referenceCount() + 1);
    sideZ = Copies.withReferenceCount(sideZ, sideZ.referenceCount() + 1);
    LinkDraft link =
        newLink(args, code, gs, pda, payer, contributorAccount, sideAAccount, sideZAccount);

    if (args.useOnchainAllocation()) {
      LinkResources.allocateChecked(
          inv, link, tunnelBlock, linkIds, inv.globalState(globalStateAccount));
      sideA = activateSide(inv, sideA, link, 0, true);
      sideZ = activateSide(inv, sideZ, link, 1, false);
      link.status = LinkStatus.ACTIVATED;
    }

    inv.create(link.build(), linkAccount, payer, pda.signerSeeds());
    inv.write(contributor, contributorAccount, payer);
    inv.write(sideA, sideAAccount, payer);
    inv.write(sideZ, sideZAccount, payer);
    inv.write(gs, globalStateAccount, payer);
  }

  private static void checkEdgeFree(Invocation inv, Device device, String name)
      throws ProgramException {
    InterfaceV2 iface = LinkInterfaces.findExact(device, name);
    if (iface == null) {
      throw inv.error(ServiceabilityError.INVALID_INTERFACE_NAME);
    }
    if (LinkInterfaces.hasEdgeAssignment(iface)) {
      throw inv.error(ServiceabilityError.INTERFACE_HAS_EDGE_ASSIGNMENT);
    }
  }

  private static LinkDraft newLink(
      CreateLink args,
      String code,
      GlobalState gs,
      ProgramDerivedAddress pda,
      BorrowedAccount payer,
      BorrowedAccount contributor,
      BorrowedAccount sideA,
      BorrowedAccount sideZ) {
    LinkDraft link = LinkDraft.blank();
    link.owner = payer.key();
    link.index = gs.accountIndex();
    link.bumpSeed = pda.bump();
    link.code = code;
    link.contributorPk = contributor.key();
    link.sideAPk = sideA.key();
    link.sideZPk = sideZ.key();
    link.linkType = args.linkType();
    link.bandwidth = args.bandwidth();
    link.mtu = args.mtu();
    link.delayNs = args.delayNs();
    link.jitterNs = args.jitterNs();
    link.tunnelId = 0;
    link.tunnelNet = NetworkV4.DEFAULT;
    link.status = args.linkType() == LinkLinkType.DZX ? LinkStatus.REQUESTED : LinkStatus.PENDING;
    link.sideAIfaceName = args.sideAIfaceName();
    link.sideZIfaceName = args.sideZIfaceName().orElse("");
    link.delayOverrideNs = 0;
    link.linkHealth = LinkHealth.READY_FOR_SERVICE;
    link.desiredStatus = args.desiredStatus().orElse(LinkDesiredStatus.ACTIVATED);
    return link;
  }

  /// The atomic path's activation of one side: side A must have the interface (`InterfaceNotFound`,
  /// 24), side Z is skipped when it has none (a DZX link has no side Z name yet); a found interface
  /// must be Unlinked (7).
  private static Device activateSide(
      Invocation inv, Device device, LinkDraft link, int nth, boolean required)
      throws ProgramException {
    String name = nth == 0 ? link.sideAIfaceName : link.sideZIfaceName;
    int i = LinkInterfaces.find(device, name);
    if (i < 0) {
      if (required) {
        throw inv.error(ServiceabilityError.INTERFACE_NOT_FOUND);
      }
      return device;
    }
    InterfaceV2 iface = device.interfaces().get(i).toCurrentVersion();
    if (iface.status() != InterfaceStatus.UNLINKED) {
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    return Copies.withInterface(
        device, i, LinkInterfaces.activated(inv, iface, link.tunnelNet, nth));
  }
}
