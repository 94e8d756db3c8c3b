package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.*;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/// Builders for the multicast instructions (through the SDK) and fixtures of other areas, seeded
/// with exactly what their reference instructions write: SetAuthority / SetFeatureFlags
/// (GlobalState fields), SetAccessPass (`PROC/accesspass/set.rs` create path) and CreateUser +
/// ActivateUser (`PROC/user/create_core.rs`, `PROC/user/activate.rs` legacy path). Switch the seeds
/// to real instructions once those areas are ported.
final class MulticastFixture {
  final ProgramHarness h;
  final PublicKey pid;

  MulticastFixture(ProgramHarness h) {
    this.h = h;
    this.pid = h.programId;
  }

  // ---- instructions of this area
  // ---------------------------------------------------------------------------

  /// @return PDA(`"multicast"`, account_index + 1), the address the next create must use
  PublicKey nextGroup() {
    return ServiceabilityPdas.multicastGroup(pid, globalState().accountIndex().increment())
        .address();
  }

  Instruction create(
      PublicKey group,
      String code,
      long bandwidth,
      PublicKey owner,
      boolean onchain,
      Keypair payer) {
    return new CreateMulticastGroup(code, bandwidth, owner, onchain)
        .toInstruction(
            pid,
            new MulticastGroupWithBlockAccounts(
                group,
                h.globalState(),
                onchain ? Optional.of(groupBlock()) : Optional.empty(),
                payer.publicKey()));
  }

  /// Creates a Pending group with the foundation as payer.
  PublicKey createGroup(String code, PublicKey owner) {
    PublicKey g = nextGroup();
    h.ok(h.foundation, create(g, code, 1000, owner, false, h.foundation));
    return g;
  }

  /// Creates and activates a group at `ip` (legacy path).
  PublicKey activeGroup(String code, PublicKey owner, String ip) {
    PublicKey g = nextGroup();
    h.ok(
        h.foundation,
        create(g, code, 1000, owner, false, h.foundation),
        activate(g, ip, h.foundation));
    return g;
  }

  Instruction activate(PublicKey group, String ip, Keypair payer) {
    return new ActivateMulticastGroup(Ipv4Address.parse(ip))
        .toInstruction(
            pid,
            new MulticastGroupWithBlockAccounts(
                group, h.globalState(), Optional.empty(), payer.publicKey()));
  }

  Instruction activateFromBlock(PublicKey group, Keypair payer) {
    return new ActivateMulticastGroup(Ipv4Address.UNSPECIFIED)
        .toInstruction(
            pid,
            new MulticastGroupWithBlockAccounts(
                group, h.globalState(), Optional.of(groupBlock()), payer.publicKey()));
  }

  Instruction reject(PublicKey group, Keypair payer) {
    return new RejectMulticastGroup("no").toInstruction(pid, plain(group, payer));
  }

  Instruction suspend(PublicKey group, Keypair payer) {
    return new SuspendMulticastGroup().toInstruction(pid, plain(group, payer));
  }

  Instruction reactivate(PublicKey group, Keypair payer) {
    return new ReactivateMulticastGroup().toInstruction(pid, plain(group, payer));
  }

  Instruction update(PublicKey group, UpdateMulticastGroup args, Keypair payer) {
    return args.toInstruction(
        pid,
        new MulticastGroupWithBlockAccounts(
            group,
            h.globalState(),
            args.useOnchainAllocation() ? Optional.of(groupBlock()) : Optional.empty(),
            payer.publicKey()));
  }

  static UpdateMulticastGroup counts(long publishers, long subscribers) {
    return new UpdateMulticastGroup(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(publishers),
        Optional.of(subscribers),
        false);
  }

  Instruction delete(PublicKey group, Keypair payer) {
    return new DeleteMulticastGroup(false)
        .toInstruction(
            pid,
            new DeleteMulticastGroup.Accounts(
                group, h.globalState(), Optional.empty(), payer.publicKey()));
  }

  Instruction deleteAtomic(PublicKey group, PublicKey owner, Keypair payer) {
    return new DeleteMulticastGroup(true)
        .toInstruction(
            pid,
            new DeleteMulticastGroup.Accounts(
                group,
                h.globalState(),
                Optional.of(new MulticastGroupReleaseAccounts(groupBlock(), owner)),
                payer.publicKey()));
  }

  Instruction deactivate(PublicKey group, PublicKey owner, boolean withBlock, Keypair payer) {
    return new DeactivateMulticastGroup(withBlock)
        .toInstruction(
            pid,
            new DeactivateMulticastGroup.Accounts(
                group,
                owner,
                h.globalState(),
                withBlock ? Optional.of(groupBlock()) : Optional.empty(),
                payer.publicKey()));
  }

  Instruction addPub(PublicKey group, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new AddMulticastGroupPubAllowlist(ip, userPayer)
        .toInstruction(pid, allow(group, ip, userPayer, payer));
  }

  Instruction removePub(PublicKey group, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new RemoveMulticastGroupPubAllowlist(ip, userPayer)
        .toInstruction(pid, allow(group, ip, userPayer, payer));
  }

  Instruction addSub(PublicKey group, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new AddMulticastGroupSubAllowlist(ip, userPayer)
        .toInstruction(pid, allow(group, ip, userPayer, payer));
  }

  /// AddMulticastGroupSubAllowlist at an explicit pass account (the reservation authority's
  /// other-payer case).
  Instruction addSubAt(
      PublicKey group, PublicKey pass, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new AddMulticastGroupSubAllowlist(ip, userPayer)
        .toInstruction(
            pid, new MulticastAllowlistAccounts(group, pass, h.globalState(), payer.publicKey()));
  }

  Instruction removeSub(PublicKey group, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new RemoveMulticastGroupSubAllowlist(ip, userPayer)
        .toInstruction(pid, allow(group, ip, userPayer, payer));
  }

  Instruction subscribe(
      PublicKey group,
      PublicKey pass,
      PublicKey user,
      boolean pub,
      boolean sub,
      boolean onchain,
      Keypair payer) {
    return new SubscribeMulticastGroup(Ipv4Address.UNSPECIFIED, pub, sub, onchain)
        .toInstruction(
            pid,
            new SubscribeMulticastGroup.Accounts(
                group,
                pass,
                user,
                onchain ? Optional.of(PublisherAllocationAccounts.derive(pid)) : Optional.empty(),
                payer.publicKey()));
  }

  private MulticastGroupAccounts plain(PublicKey group, Keypair payer) {
    return new MulticastGroupAccounts(group, h.globalState(), payer.publicKey());
  }

  private MulticastAllowlistAccounts allow(
      PublicKey group, Ipv4Address ip, PublicKey userPayer, Keypair payer) {
    return new MulticastAllowlistAccounts(
        group, accessPassPda(ip, userPayer), h.globalState(), payer.publicKey());
  }

  // ---- reads
  // -----------------------------------------------------------------------------------------------

  PublicKey groupBlock() {
    return ServiceabilityPdas.multicastGroupBlock(pid).address();
  }

  PublicKey publisherBlock() {
    return ServiceabilityPdas.multicastPublisherBlock(pid).address();
  }

  PublicKey accessPassPda(Ipv4Address ip, PublicKey userPayer) {
    return ServiceabilityPdas.accessPass(pid, ip, userPayer).address();
  }

  MulticastGroup group(PublicKey pk) {
    return h.account(pk, MulticastGroup.class);
  }

  AccessPass pass(PublicKey pk) {
    return h.account(pk, AccessPass.class);
  }

  User user(PublicKey pk) {
    return h.account(pk, User.class);
  }

  GlobalState globalState() {
    return h.account(h.globalState(), GlobalState.class);
  }

  ResourceExtension pool(PublicKey pk) {
    return h.account(pk, ResourceExtension.class);
  }

  // ---- fixtures of other areas
  // -----------------------------------------------------------------------------

  /// Rewrites GlobalState as SetAuthority / SetFeatureFlags would (only the edited fields change).
  void editGlobalState(UnaryOperator<GlobalStateDraft> edit) {
    h.seed(h.globalState(), edit.apply(new GlobalStateDraft(globalState())).build());
  }

  /// SetFeatureFlags: bit 0 (OnChainAllocation) on or off.
  void onChainAllocation(boolean on) {
    editGlobalState(
        d -> {
          d.flags = on ? FeatureFlags.of(FeatureFlag.ON_CHAIN_ALLOCATION) : FeatureFlags.NONE;
          return d;
        });
  }

  /// The AccessPass SetAccessPass creates (Prepaid, no tenants), paid by `owner`.
  PublicKey seedAccessPass(
      Ipv4Address ip,
      PublicKey userPayer,
      long lastEpoch,
      boolean allowMultipleIp,
      PublicKey owner) {
    ProgramDerivedAddress pda = ServiceabilityPdas.accessPass(pid, ip, userPayer);
    int flags =
        (ip.isUnspecified() ? AccessPass.FLAG_IS_DYNAMIC : 0)
            | (allowMultipleIp ? AccessPass.FLAG_ALLOW_MULTIPLE_IP : 0);
    h.seed(
        pda.address(),
        new AccessPass(
            owner,
            pda.bump(),
            new AccessPassType.Prepaid(),
            ip,
            userPayer,
            lastEpoch,
            0,
            AccessPassStatus.REQUESTED,
            List.of(),
            List.of(),
            flags,
            List.of()));
    return pda.address();
  }

  /// A Multicast user after CreateUser (V2 PDA, paid by `owner`) and a legacy ActivateUser (tunnel
  /// 500, 169.254.0.0/31, dz_ip = client_ip); the pass gains its connection (count 1, Connected).
  PublicKey seedActivatedUser(
      Ipv4Address clientIp, PublicKey owner, PublicKey pass, PublicKey device) {
    ProgramDerivedAddress pda = ServiceabilityPdas.userV2(pid, clientIp, UserType.MULTICAST);
    h.seed(
        pda.address(),
        new User(
            owner,
            U128.ZERO,
            pda.bump(),
            UserType.MULTICAST,
            PublicKey.DEFAULT,
            device,
            UserCyoa.GRE_OVER_DIA,
            clientIp,
            clientIp,
            500,
            NetworkV4.parse("169.254.0.0/31"),
            UserStatus.ACTIVATED,
            List.of(),
            List.of(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED));
    AccessPass p = pass(pass);
    h.seed(
        pass,
        new AccessPass(
            p.owner(),
            p.bumpSeed(),
            p.accesspassType(),
            p.clientIp(),
            p.userPayer(),
            p.lastAccessEpoch(),
            p.connectionCount() + 1,
            AccessPassStatus.CONNECTED,
            p.mgroupPubAllowlist(),
            p.mgroupSubAllowlist(),
            p.flags(),
            p.tenantAllowlist()));
    return pda.address();
  }

  /// What the activator's legacy ActivateUser writes on an Updating user: Activated with `dzIp`.
  void reactivateUser(PublicKey user, Ipv4Address dzIp) {
    User u = user(user);
    h.seed(
        user,
        new User(
            u.owner(),
            u.index(),
            u.bumpSeed(),
            u.userType(),
            u.tenantPk(),
            u.devicePk(),
            u.cyoaType(),
            u.clientIp(),
            dzIp,
            500,
            NetworkV4.parse("169.254.0.0/31"),
            UserStatus.ACTIVATED,
            u.publishers(),
            u.subscribers(),
            u.validatorPubkey(),
            Ipv4Address.UNSPECIFIED));
  }

  /// Copies `data` of a program account to a fresh address owned by `owner` (the wrong-owner
  /// cases).
  PublicKey foreignCopy(PublicKey source, PublicKey owner) {
    PublicKey copy = Keypair.generate().publicKey();
    h.seedRaw(copy, owner, h.data(source).orElseThrow());
    return copy;
  }

  /// @return `ix` with `key` no longer signing (the missing-signer cases; the fee payer is someone
  ///   else)
  static Instruction unsigned(Instruction ix, PublicKey key) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(key) ? new AccountMeta(key, false, m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// @return `ix` with the account `from` replaced by `to` (same flags)
  static Instruction swap(Instruction ix, PublicKey from, PublicKey to) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(from) ? new AccountMeta(to, m.isSigner(), m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// Mutable GlobalState fields the fixtures edit.
  static final class GlobalStateDraft {
    private final GlobalState base;
    PublicKey activator;
    PublicKey sentinel;
    PublicKey reservation;
    FeatureFlags flags;

    GlobalStateDraft(GlobalState gs) {
      base = gs;
      activator = gs.activatorAuthorityPk();
      sentinel = gs.sentinelAuthorityPk();
      reservation = gs.reservationAuthorityPk();
      flags = gs.featureFlags();
    }

    GlobalState build() {
      return new GlobalState(
          base.bumpSeed(),
          base.accountIndex(),
          base.foundationAllowlist(),
          base.deviceAllowlist(),
          base.userAllowlist(),
          activator,
          sentinel,
          base.contributorAirdropLamports(),
          base.userAirdropLamports(),
          base.healthOraclePk(),
          base.qaAllowlist(),
          flags,
          reservation);
    }
  }
}
