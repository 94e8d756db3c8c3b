package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #3 `SetGlobalConfig` (args `SetGlobalConfigArgs`, processor
/// `PROC/globalconfig/set.rs`; `serviceability-instructions.md` §1–§3). Creates or updates
/// GlobalConfig and creates the seven global resource extensions on first call (foundation only).
///
/// @param localAsn `local_asn`: u32
/// @param remoteAsn `remote_asn`: u32
/// @param deviceTunnelBlock `device_tunnel_block`: NetworkV4
/// @param userTunnelBlock `user_tunnel_block`: NetworkV4
/// @param multicastgroupBlock `multicastgroup_block`: NetworkV4
/// @param nextBgpCommunity `next_bgp_community`: Option<u16>
/// @param multicastPublisherBlock `multicast_publisher_block`: NetworkV4
public record SetGlobalConfig(
    long localAsn,
    long remoteAsn,
    NetworkV4 deviceTunnelBlock,
    NetworkV4 userTunnelBlock,
    NetworkV4 multicastgroupBlock,
    Optional<Integer> nextBgpCommunity,
    NetworkV4 multicastPublisherBlock)
    implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public SetGlobalConfig {
    Args.u32(localAsn, "local_asn");
    Args.u32(remoteAsn, "remote_asn");
    Objects.requireNonNull(deviceTunnelBlock, "device_tunnel_block");
    Objects.requireNonNull(userTunnelBlock, "user_tunnel_block");
    Objects.requireNonNull(multicastgroupBlock, "multicastgroup_block");
    Objects.requireNonNull(nextBgpCommunity, "next_bgp_community");
    nextBgpCommunity.ifPresent(x -> Args.u16(x, "next_bgp_community"));
    Objects.requireNonNull(multicastPublisherBlock, "multicast_publisher_block");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.SET_GLOBAL_CONFIG;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.u32(localAsn);
    w.u32(remoteAsn);
    w.networkV4(deviceTunnelBlock);
    w.networkV4(userTunnelBlock);
    w.networkV4(multicastgroupBlock);
    Args.writeOption(w, nextBgpCommunity, (ww, x) -> ww.u16(x));
    w.networkV4(multicastPublisherBlock);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static SetGlobalConfig decodeArgs(BorshReader r) {
    return new SetGlobalConfig(
        r.u32("local_asn"),
        r.u32("remote_asn"),
        r.networkV4("device_tunnel_block"),
        r.networkV4("user_tunnel_block"),
        r.networkV4("multicastgroup_block"),
        Args.readOption(r, "next_bgp_community", x -> x.u16("next_bgp_community")),
        r.networkV4("multicast_publisher_block"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `SetGlobalConfig`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param globalConfig the global config account (writable)
  /// @param globalState the global state account (writable)
  /// @param deviceTunnelBlock the device tunnel block account (writable)
  /// @param userTunnelBlock the user tunnel block account (writable)
  /// @param multicastGroupBlock the multicast group block account (writable)
  /// @param linkIds the link ids account (writable)
  /// @param segmentRoutingIds the segment routing ids account (writable)
  /// @param multicastPublisherBlock the multicast publisher block account (writable)
  /// @param vrfIds the vrf ids account (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey globalConfig,
      PublicKey globalState,
      PublicKey deviceTunnelBlock,
      PublicKey userTunnelBlock,
      PublicKey multicastGroupBlock,
      PublicKey linkIds,
      PublicKey segmentRoutingIds,
      PublicKey multicastPublisherBlock,
      PublicKey vrfIds,
      PublicKey payer)
      implements AccountGroup {
    /// The accounts at their PDAs, as the reference SDK's `SetGlobalConfigCommand` derives them
    /// (`smartcontract/sdk/rs/src/commands/globalconfig/set.rs`).
    ///
    /// @param programId the serviceability program
    /// @param payer the foundation key that signs
    /// @return GlobalConfig, GlobalState and the seven global resource extensions, then the payer
    public static Accounts derive(PublicKey programId, PublicKey payer) {
      return new Accounts(
          ServiceabilityPdas.globalConfig(programId).address(),
          ServiceabilityPdas.globalState(programId).address(),
          ServiceabilityPdas.deviceTunnelBlock(programId).address(),
          ServiceabilityPdas.userTunnelBlock(programId).address(),
          ServiceabilityPdas.multicastGroupBlock(programId).address(),
          ServiceabilityPdas.linkIds(programId).address(),
          ServiceabilityPdas.segmentRoutingIds(programId).address(),
          ServiceabilityPdas.multicastPublisherBlock(programId).address(),
          ServiceabilityPdas.vrfIds(programId).address(),
          payer);
    }

    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(globalConfig, "globalConfig");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
      Objects.requireNonNull(userTunnelBlock, "userTunnelBlock");
      Objects.requireNonNull(multicastGroupBlock, "multicastGroupBlock");
      Objects.requireNonNull(linkIds, "linkIds");
      Objects.requireNonNull(segmentRoutingIds, "segmentRoutingIds");
      Objects.requireNonNull(multicastPublisherBlock, "multicastPublisherBlock");
      Objects.requireNonNull(vrfIds, "vrfIds");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(globalConfig));
      m.add(AccountMeta.writable(globalState));
      m.add(AccountMeta.writable(deviceTunnelBlock));
      m.add(AccountMeta.writable(userTunnelBlock));
      m.add(AccountMeta.writable(multicastGroupBlock));
      m.add(AccountMeta.writable(linkIds));
      m.add(AccountMeta.writable(segmentRoutingIds));
      m.add(AccountMeta.writable(multicastPublisherBlock));
      m.add(AccountMeta.writable(vrfIds));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
