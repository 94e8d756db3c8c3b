package doublezero.localnet.programs.serviceability.global;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.ResourceType;
import doublezero.sdk.serviceability.instruction.SetGlobalConfig;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.system.SystemProgram;

/// `SetGlobalConfig` (#3, `PROC/globalconfig/set.rs`; `serviceability-instructions.md` §3.1, §6.2).
/// Foundation only. The first call creates GlobalConfig and the seven global ResourceExtension
/// pools; later calls may not change the tunnel or multicast blocks (`ImmutableField`), except
/// setting a multicast publisher block that was still 0.0.0.0/0, whose pool is then created.
///
/// Accounts: GlobalConfig PDA, GlobalState, DeviceTunnelBlock, UserTunnelBlock,
/// MulticastGroupBlock, LinkIds, SegmentRoutingIds, MulticastPublisherBlock, VrfIds, payer (S),
/// system program.
public final class SetGlobalConfigProcessor {
  /// `BGP_COMMUNITY_MIN` (`STATE/exchange.rs`): the first community handed to an exchange.
  public static final int BGP_COMMUNITY_MIN = 10000;

  private SetGlobalConfigProcessor() {}

  /// Processes one `SetGlobalConfig`.
  ///
  /// @throws ProgramException `NotAllowed` (8) outside the foundation allowlist, `ImmutableField`
  ///   (68), `InvalidLocalAsn`/`InvalidRemoteAsn` from validation, panics for misplaced accounts
  public static void process(Invocation inv, SetGlobalConfig args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount configAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount deviceTunnelBlock = accounts.next();
    BorrowedAccount userTunnelBlock = accounts.next();
    BorrowedAccount multicastGroupBlock = accounts.next();
    BorrowedAccount linkIds = accounts.next();
    BorrowedAccount segmentRoutingIds = accounts.next();
    BorrowedAccount multicastPublisherBlock = accounts.next();
    BorrowedAccount vrfIds = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.check(system.key().equals(SystemProgram.PROGRAM_ID), "Invalid System Program");
    GlobalState state = inv.globalState(globalStateAccount);
    if (!state.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ProgramDerivedAddress pda = ServiceabilityPdas.globalConfig(inv.programId());
    inv.check(configAccount.key().equals(pda.address()), "Invalid GlobalConfig PubKey");
    checkPool(
        inv,
        deviceTunnelBlock,
        ResourceType.Global.DEVICE_TUNNEL_BLOCK,
        "Invalid Device Tunnel Block PubKey");
    checkPool(
        inv,
        userTunnelBlock,
        ResourceType.Global.USER_TUNNEL_BLOCK,
        "Invalid User Tunnel Block PubKey");
    checkPool(
        inv,
        multicastGroupBlock,
        ResourceType.Global.MULTICAST_GROUP_BLOCK,
        "Invalid Multicast Group Block PubKey");
    checkPool(
        inv,
        multicastPublisherBlock,
        ResourceType.Global.MULTICAST_PUBLISHER_BLOCK,
        "Invalid Multicast Publisher Block PubKey");

    int community;
    if (args.nextBgpCommunity().isPresent()) {
      community = args.nextBgpCommunity().get();
    } else if (configAccount.dataLength() == 0) {
      community = BGP_COMMUNITY_MIN;
    } else {
      community = inv.read(configAccount, GlobalConfig.class).nextBgpCommunity();
    }
    GlobalConfig config =
        new GlobalConfig(
            payer.key(),
            pda.bump(),
            args.localAsn(),
            args.remoteAsn(),
            args.deviceTunnelBlock(),
            args.userTunnelBlock(),
            args.multicastgroupBlock(),
            community,
            args.multicastPublisherBlock());

    if (configAccount.dataLength() == 0) {
      inv.create(config, configAccount, payer, pda.signerSeeds());
      ResourcePools.create(
          inv,
          deviceTunnelBlock,
          null,
          configAccount,
          payer,
          ResourceType.Global.DEVICE_TUNNEL_BLOCK);
      ResourcePools.create(
          inv, userTunnelBlock, null, configAccount, payer, ResourceType.Global.USER_TUNNEL_BLOCK);
      ResourcePools.create(
          inv,
          multicastGroupBlock,
          null,
          configAccount,
          payer,
          ResourceType.Global.MULTICAST_GROUP_BLOCK);
      ResourcePools.create(inv, linkIds, null, configAccount, payer, ResourceType.Global.LINK_IDS);
      ResourcePools.create(
          inv,
          segmentRoutingIds,
          null,
          configAccount,
          payer,
          ResourceType.Global.SEGMENT_ROUTING_IDS);
      ResourcePools.create(
          inv,
          multicastPublisherBlock,
          null,
          configAccount,
          payer,
          ResourceType.Global.MULTICAST_PUBLISHER_BLOCK);
      ResourcePools.create(inv, vrfIds, null, configAccount, payer, ResourceType.Global.VRF_IDS);
      return;
    }
    GlobalConfig old = inv.read(configAccount, GlobalConfig.class);
    if (!old.deviceTunnelBlock().equals(config.deviceTunnelBlock())
        || !old.userTunnelBlock().equals(config.userTunnelBlock())
        || !old.multicastgroupBlock().equals(config.multicastgroupBlock())
        || (!old.multicastPublisherBlock().equals(config.multicastPublisherBlock())
            && !old.multicastPublisherBlock().equals(NetworkV4.DEFAULT))) {
      throw inv.error(ServiceabilityError.IMMUTABLE_FIELD);
    }
    inv.write(config, configAccount, payer);
    if (multicastPublisherBlock.dataLength() == 0
        && !config.multicastPublisherBlock().equals(NetworkV4.DEFAULT)) {
      ResourcePools.create(
          inv,
          multicastPublisherBlock,
          null,
          configAccount,
          payer,
          ResourceType.Global.MULTICAST_PUBLISHER_BLOCK);
    }
  }

  private static void checkPool(
      Invocation inv, BorrowedAccount account, ResourceType type, String message)
      throws ProgramException {
    inv.check(account.key().equals(ResourcePools.pda(inv.programId(), type).address()), message);
  }
}
