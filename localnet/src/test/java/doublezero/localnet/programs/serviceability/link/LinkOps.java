package doublezero.localnet.programs.serviceability.link;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.AcceptLink;
import doublezero.sdk.serviceability.instruction.ActivateLink;
import doublezero.sdk.serviceability.instruction.CloseAccountLink;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.DeleteLink;
import doublezero.sdk.serviceability.instruction.LinkAllocationAccounts;
import doublezero.sdk.serviceability.instruction.LinkSideZAccounts;
import doublezero.sdk.serviceability.instruction.LinkTeardownAccounts;
import doublezero.sdk.serviceability.instruction.RejectLink;
import doublezero.sdk.serviceability.instruction.SetLinkHealth;
import doublezero.sdk.serviceability.instruction.UpdateLink;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkHealth;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The link instructions built with the SDK, with the accounts the reference SDK/tests pass.
final class LinkOps {
  private final ProgramHarness h;

  LinkOps(ProgramHarness h) {
    this.h = h;
  }

  /// @return the PDA the next index-seeded create must use (`account_index + 1`)
  PublicKey nextLinkPda() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    return ServiceabilityPdas.link(h.programId, gs.accountIndex().increment()).address();
  }

  /// The reference tests' WAN/DZX values: 20 Gbps (DZX: 15 Gbps), MTU 9000, delay 1 ms, jitter 100
  /// µs.
  static CreateLink args(
      String code, LinkLinkType type, String sideAIface, String sideZIface, boolean onchain) {
    long bandwidth = type == LinkLinkType.DZX ? 15_000_000_000L : 20_000_000_000L;
    return new CreateLink(
        code,
        type,
        bandwidth,
        9000,
        1_000_000,
        100_000,
        sideAIface,
        Optional.ofNullable(sideZIface),
        Optional.of(LinkDesiredStatus.ACTIVATED),
        onchain);
  }

  Instruction create(
      PublicKey link,
      PublicKey contributor,
      PublicKey sideA,
      PublicKey sideZ,
      CreateLink args,
      PublicKey payer) {
    return args.toInstruction(
        h.programId,
        new CreateLink.Accounts(
            link,
            contributor,
            sideA,
            sideZ,
            h.globalState(),
            allocation(args.useOnchainAllocation()),
            payer));
  }

  Instruction activate(
      PublicKey link,
      PublicKey sideA,
      PublicKey sideZ,
      int tunnelId,
      String net,
      boolean onchain,
      PublicKey payer) {
    NetworkV4 tunnelNet = net == null ? NetworkV4.DEFAULT : NetworkV4.parse(net);
    return new ActivateLink(tunnelId, tunnelNet, onchain)
        .toInstruction(
            h.programId,
            new ActivateLink.Accounts(
                link, sideA, sideZ, h.globalState(), allocation(onchain), payer));
  }

  Instruction accept(
      PublicKey link, PublicKey contributor, PublicKey sideZ, String iface, PublicKey payer) {
    return new AcceptLink(iface)
        .toInstruction(
            h.programId, new AcceptLink.Accounts(link, contributor, sideZ, h.globalState(), payer));
  }

  /// RejectLink with the Pending layout (`sideZ` null) or the Requested layout.
  Instruction reject(PublicKey link, PublicKey contributor, PublicKey sideZ, PublicKey payer) {
    Optional<LinkSideZAccounts> z =
        sideZ == null ? Optional.empty() : Optional.of(new LinkSideZAccounts(contributor, sideZ));
    return new RejectLink("test rejection")
        .toInstruction(h.programId, new RejectLink.Accounts(link, h.globalState(), z, payer));
  }

  Instruction update(
      PublicKey link, PublicKey contributor, PublicKey sideZ, UpdateLink args, PublicKey payer) {
    return args.toInstruction(
        h.programId,
        new UpdateLink.Accounts(
            link, contributor, Optional.ofNullable(sideZ), h.globalState(), payer));
  }

  Instruction status(PublicKey link, PublicKey contributor, LinkStatus status, PublicKey payer) {
    return update(link, contributor, null, statusArgs(status), payer);
  }

  static UpdateLink statusArgs(LinkStatus status) {
    return new UpdateLink(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(status),
        Optional.empty(),
        Optional.empty());
  }

  Instruction health(PublicKey link, LinkHealth health, PublicKey payer) {
    return new SetLinkHealth(health)
        .toInstruction(h.programId, new SetLinkHealth.Accounts(link, h.globalState(), payer));
  }

  /// DeleteLink, legacy or atomic; the atomic accounts are read from the link.
  Instruction delete(PublicKey link, PublicKey contributor, boolean atomic, PublicKey payer) {
    Optional<LinkTeardownAccounts> teardown = Optional.empty();
    if (atomic) {
      Link l = h.account(link, Link.class);
      LinkAllocationAccounts pools = LinkAllocationAccounts.derive(h.programId);
      teardown =
          Optional.of(
              new LinkTeardownAccounts(
                  l.sideAPk(), l.sideZPk(), pools.deviceTunnelBlock(), pools.linkIds(), l.owner()));
    }
    return new DeleteLink(atomic)
        .toInstruction(
            h.programId,
            new DeleteLink.Accounts(link, contributor, h.globalState(), teardown, payer));
  }

  /// CloseAccountLink with the link's own owner, contributor and sides.
  Instruction close(PublicKey link, boolean dealloc, PublicKey payer) {
    Link l = h.account(link, Link.class);
    return close(link, l.owner(), l.contributorPk(), l.sideAPk(), l.sideZPk(), dealloc, payer);
  }

  Instruction close(
      PublicKey link,
      PublicKey owner,
      PublicKey contributor,
      PublicKey sideA,
      PublicKey sideZ,
      boolean dealloc,
      PublicKey payer) {
    return new CloseAccountLink(dealloc)
        .toInstruction(
            h.programId,
            new CloseAccountLink.Accounts(
                link,
                owner,
                contributor,
                sideA,
                sideZ,
                h.globalState(),
                allocation(dealloc),
                payer));
  }

  private Optional<LinkAllocationAccounts> allocation(boolean onchain) {
    return onchain ? Optional.of(LinkAllocationAccounts.derive(h.programId)) : Optional.empty();
  }

  /// @return `ix` with `account` no longer signing (a missing signature)
  static Instruction unsigned(Instruction ix, PublicKey account) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(
          m.publicKey().equals(account)
              ? new AccountMeta(m.publicKey(), false, m.isWritable())
              : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// @return `ix` with its account at `position` replaced by `replacement` (writable, not signing)
  static Instruction replaced(Instruction ix, int position, PublicKey replacement) {
    List<AccountMeta> metas = new ArrayList<>(ix.accounts());
    metas.set(position, AccountMeta.writable(replacement));
    return new Instruction(ix.programId(), metas, ix.data());
  }
}
