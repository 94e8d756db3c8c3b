package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.*;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.*;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Preconditions and instruction builders for the device scenario suites. Location, Exchange and Contributor
/// belong to another area whose processors are still placeholders on this branch, so they are seeded with exactly
/// what CreateLocation / CreateExchange / CreateContributor write (`PROC/{location,exchange,contributor}/create.rs`):
/// the next `account_index` (persisted in GlobalState), status Activated, reference_count 0, owner = payer (the
/// contributor's owner = the owner account), and for an exchange the next BGP community from GlobalConfig.
public final class DeviceFixtures {
  private final ProgramHarness h;

  /// @param h the harness to seed into
  public DeviceFixtures(ProgramHarness h) {
    this.h = h;
  }

  /// @return the next index-seeded PDA index, persisted in GlobalState as the real create would
  private U128 nextIndex() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    U128 next = gs.accountIndex().increment();
    h.seed(h.globalState(), withIndex(gs, next));
    return next;
  }

  /// Replaces GlobalState's feature flags (what SetFeatureFlags would write).
  public void featureFlags(FeatureFlags flags) {
    GlobalState g = h.account(h.globalState(), GlobalState.class);
    h.seed(h.globalState(), new GlobalState(g.bumpSeed(), g.accountIndex(), g.foundationAllowlist(),
        g.deviceAllowlist(), g.userAllowlist(), g.activatorAuthorityPk(), g.sentinelAuthorityPk(),
        g.contributorAirdropLamports(), g.userAirdropLamports(), g.healthOraclePk(), g.qaAllowlist(), flags,
        g.reservationAuthorityPk()));
  }

  private static GlobalState withIndex(GlobalState g, U128 index) {
    return new GlobalState(g.bumpSeed(), index, g.foundationAllowlist(), g.deviceAllowlist(), g.userAllowlist(),
        g.activatorAuthorityPk(), g.sentinelAuthorityPk(), g.contributorAirdropLamports(), g.userAirdropLamports(),
        g.healthOraclePk(), g.qaAllowlist(), g.featureFlags(), g.reservationAuthorityPk());
  }

  /// Seeds a Location created by `payer`.
  ///
  /// @return its PDA
  public PublicKey location(PublicKey payer, String code) {
    U128 index = nextIndex();
    var pda = ServiceabilityPdas.location(h.programId, index);
    h.seed(pda.address(), new Location(payer, index, pda.bump(), 1.234, 4.567, 0, LocationStatus.ACTIVATED, code,
        "Location " + code, "us", 0));
    return pda.address();
  }

  /// Seeds an Exchange created by `payer`, taking the next BGP community.
  ///
  /// @return its PDA
  public PublicKey exchange(PublicKey payer, String code) {
    U128 index = nextIndex();
    GlobalConfig gc = h.account(h.globalConfig(), GlobalConfig.class);
    h.seed(h.globalConfig(), new GlobalConfig(gc.owner(), gc.bumpSeed(), gc.localAsn(), gc.remoteAsn(),
        gc.deviceTunnelBlock(), gc.userTunnelBlock(), gc.multicastgroupBlock(), gc.nextBgpCommunity() + 1,
        gc.multicastPublisherBlock()));
    var pda = ServiceabilityPdas.exchange(h.programId, index);
    h.seed(pda.address(), new Exchange(payer, index, pda.bump(), 1.234, 4.567, gc.nextBgpCommunity(), 0,
        ExchangeStatus.ACTIVATED, code, "Exchange " + code, 0, PublicKey.DEFAULT, PublicKey.DEFAULT));
    return pda.address();
  }

  /// Seeds a Contributor owned by `owner`.
  ///
  /// @return its PDA
  public PublicKey contributor(PublicKey owner, String code) {
    U128 index = nextIndex();
    var pda = ServiceabilityPdas.contributor(h.programId, index);
    h.seed(pda.address(), new Contributor(owner, index, pda.bump(), ContributorStatus.ACTIVATED, code, 0,
        PublicKey.DEFAULT));
    return pda.address();
  }

  /// A world: a location, an exchange and a contributor owned by `owner`.
  public record World(PublicKey location, PublicKey exchange, PublicKey contributor) {}

  /// @return a fresh location, exchange and contributor (owned by `owner`), created by the foundation
  public World world(PublicKey owner, String suffix) {
    PublicKey f = h.foundation.publicKey();
    return new World(location(f, "la" + suffix), exchange(f, "xla" + suffix), contributor(owner, "co" + suffix));
  }

  /// @return the PDA the next index-seeded create must use
  public PublicKey nextDevicePda() {
    return ServiceabilityPdas.device(h.programId,
        h.account(h.globalState(), GlobalState.class).accountIndex().increment()).address();
  }

  /// @return the device's TunnelIds(0) and DzPrefixBlock(0..n−1) PDAs
  public DeviceResourceAccounts resources(PublicKey device, int prefixes) {
    List<PublicKey> blocks = new ArrayList<>();
    for (int i = 0; i < prefixes; i++) {
      blocks.add(ServiceabilityPdas.dzPrefixBlock(h.programId, device, i).address());
    }
    return new DeviceResourceAccounts(ServiceabilityPdas.tunnelIds(h.programId, device, 0).address(), blocks);
  }

  /// @return CreateDevice arguments with the reference test values (Hybrid, public 100.0.0.1, prefix 110.1.0.0/24)
  public static CreateDevice createArgs(String code, int resourceCount, String... prefixes) {
    List<NetworkV4> nets = new ArrayList<>();
    for (String p : prefixes.length == 0 ? new String[] {"110.1.0.0/24"} : prefixes) {
      nets.add(NetworkV4.parse(p));
    }
    return new CreateDevice(code, DeviceType.HYBRID, Ipv4Address.parse("100.0.0.1"), nets, PublicKey.DEFAULT,
        "default", Optional.empty(), resourceCount);
  }

  /// @return the CreateDevice instruction for `device` (legacy when `args.resourceCount()` is 0)
  public Instruction create(PublicKey device, CreateDevice args, World w, PublicKey payer) {
    Optional<DeviceAllocationAccounts> alloc = args.resourceCount() == 0 ? Optional.empty()
        : Optional.of(new DeviceAllocationAccounts(h.globalConfig(), resources(device, args.resourceCount() - 1)));
    return args.toInstruction(h.programId, new CreateDevice.Accounts(device, w.contributor(), w.location(),
        w.exchange(), h.globalState(), alloc, payer));
  }

  /// @return ActivateDevice for `device` with one DzPrefixBlock per prefix, paid by `payer`
  public Instruction activate(PublicKey device, int prefixes, PublicKey payer) {
    return new ActivateDevice(prefixes + 1L).toInstruction(h.programId, new ActivateDevice.Accounts(device,
        h.globalState(), h.globalConfig(), resources(device, prefixes), payer));
  }

  /// Creates (legacy) and activates a device of contributor owner `owner` with one prefix.
  ///
  /// @return its PDA
  public PublicKey activeDevice(Keypair owner, World w, String code) {
    PublicKey device = nextDevicePda();
    h.ok(owner, create(device, createArgs(code, 0), w, owner.publicKey()));
    h.ok(h.foundation, activate(device, 1, h.foundation.publicKey()));
    return device;
  }

  /// @return UpdateDevice with only the given status, keeping the device's location
  public Instruction updateStatus(PublicKey device, PublicKey contributor, PublicKey location, DeviceStatus status,
      PublicKey payer) {
    return update(new UpdateDeviceBuilder().status(status).build(), device, contributor, location, location, payer);
  }

  /// @return UpdateDevice with the SDK layout (both location accounts, no pools)
  public Instruction update(UpdateDevice args, PublicKey device, PublicKey contributor, PublicKey oldLocation,
      PublicKey newLocation, PublicKey payer) {
    return args.toInstruction(h.programId, new UpdateDevice.Accounts(device, contributor, oldLocation, newLocation,
        h.globalState(), Optional.empty(), payer));
  }

  /// @return `ix` with `payer`'s meta no longer signing (another key pays the fee)
  public static Instruction unsigned(Instruction ix, PublicKey payer) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(m.publicKey().equals(payer) ? new AccountMeta(payer, false, m.isWritable()) : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// @return `ix` with the account at `index` replaced by `replacement` (same flags)
  public static Instruction replace(Instruction ix, int index, PublicKey replacement) {
    List<AccountMeta> metas = new ArrayList<>(ix.accounts());
    AccountMeta m = metas.get(index);
    metas.set(index, new AccountMeta(replacement, m.isSigner(), m.isWritable()));
    return new Instruction(ix.programId(), metas, ix.data());
  }
}
