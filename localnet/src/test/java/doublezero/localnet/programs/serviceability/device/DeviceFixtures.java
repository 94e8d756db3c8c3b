package doublezero.localnet.programs.serviceability.device;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
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

/// Preconditions and instruction builders for the device scenario suites. Locations, exchanges,
/// contributors and feature flags are set with the real instructions (CreateLocation /
/// CreateExchange / CreateContributor by the foundation, SetFeatureFlags), each create taking the
/// next GlobalState.account_index.
public final class DeviceFixtures {
  private final ProgramHarness h;
  private final NetworkFixture net;

  /// @param h an initialised harness
  public DeviceFixtures(ProgramHarness h) {
    this.h = h;
    this.net = new NetworkFixture(h);
  }

  /// Replaces GlobalState's feature flags with SetFeatureFlags by the foundation.
  public void featureFlags(FeatureFlags flags) {
    h.ok(
        h.funded(),
        List.of(h.foundation),
        new SetFeatureFlags(flags.bits())
            .toInstruction(
                h.programId, new GlobalStateAccounts(h.globalState(), h.foundation.publicKey())));
  }

  /// Creates a Location with CreateLocation by the foundation (the only authority that may).
  ///
  /// @return its PDA
  public PublicKey location(String code) {
    return net.location(code);
  }

  /// Creates an Exchange with CreateExchange by the foundation (it takes the next BGP community).
  ///
  /// @return its PDA
  public PublicKey exchange(String code) {
    return net.exchange(code);
  }

  /// Creates a Contributor owned by `owner` with CreateContributor by the foundation.
  ///
  /// @return its PDA
  public PublicKey contributor(PublicKey owner, String code) {
    return net.contributor(code, owner);
  }

  /// A world: a location, an exchange and a contributor owned by `owner`.
  public record World(PublicKey location, PublicKey exchange, PublicKey contributor) {}

  /// @return a fresh location, exchange and contributor (owned by `owner`), created by the
  ///   foundation
  public World world(PublicKey owner, String suffix) {
    return new World(
        location("la" + suffix), exchange("xla" + suffix), contributor(owner, "co" + suffix));
  }

  /// @return the PDA the next index-seeded create must use
  public PublicKey nextDevicePda() {
    return ServiceabilityPdas.device(
            h.programId, h.account(h.globalState(), GlobalState.class).accountIndex().increment())
        .address();
  }

  /// @return the device's TunnelIds(0) and DzPrefixBlock(0..n−1) PDAs
  public DeviceResourceAccounts resources(PublicKey device, int prefixes) {
    List<PublicKey> blocks = new ArrayList<>();
    for (int i = 0; i < prefixes; i++) {
      blocks.add(ServiceabilityPdas.dzPrefixBlock(h.programId, device, i).address());
    }
    return new DeviceResourceAccounts(
        ServiceabilityPdas.tunnelIds(h.programId, device, 0).address(), blocks);
  }

  /// @return CreateDevice arguments with the reference test values (Hybrid, public 100.0.0.1,
  ///   prefix 110.1.0.0/24)
  public static CreateDevice createArgs(String code, int resourceCount, String... prefixes) {
    List<NetworkV4> nets = new ArrayList<>();
    for (String p : prefixes.length == 0 ? new String[] {"110.1.0.0/24"} : prefixes) {
      nets.add(NetworkV4.parse(p));
    }
    return new CreateDevice(
        code,
        DeviceType.HYBRID,
        Ipv4Address.parse("100.0.0.1"),
        nets,
        PublicKey.DEFAULT,
        "default",
        Optional.empty(),
        resourceCount);
  }

  /// @return the CreateDevice instruction for `device` (legacy when `args.resourceCount()` is 0)
  public Instruction create(PublicKey device, CreateDevice args, World w, PublicKey payer) {
    Optional<DeviceAllocationAccounts> alloc =
        args.resourceCount() == 0
            ? Optional.empty()
            : Optional.of(
                new DeviceAllocationAccounts(
                    h.globalConfig(), resources(device, args.resourceCount() - 1)));
    return args.toInstruction(
        h.programId,
        new CreateDevice.Accounts(
            device, w.contributor(), w.location(), w.exchange(), h.globalState(), alloc, payer));
  }

  /// @return ActivateDevice for `device` with one DzPrefixBlock per prefix, paid by `payer`
  public Instruction activate(PublicKey device, int prefixes, PublicKey payer) {
    return new ActivateDevice(prefixes + 1L)
        .toInstruction(
            h.programId,
            new ActivateDevice.Accounts(
                device, h.globalState(), h.globalConfig(), resources(device, prefixes), payer));
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
  public Instruction updateStatus(
      PublicKey device,
      PublicKey contributor,
      PublicKey location,
      DeviceStatus status,
      PublicKey payer) {
    return update(
        new UpdateDeviceBuilder().status(status).build(),
        device,
        contributor,
        location,
        location,
        payer);
  }

  /// @return UpdateDevice with the SDK layout (both location accounts, no pools)
  public Instruction update(
      UpdateDevice args,
      PublicKey device,
      PublicKey contributor,
      PublicKey oldLocation,
      PublicKey newLocation,
      PublicKey payer) {
    return args.toInstruction(
        h.programId,
        new UpdateDevice.Accounts(
            device,
            contributor,
            oldLocation,
            newLocation,
            h.globalState(),
            Optional.empty(),
            payer));
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
