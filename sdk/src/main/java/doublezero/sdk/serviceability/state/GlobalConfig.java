package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// Network-wide configuration: ASNs and address blocks (Rust `GlobalConfig`,
/// `smartcontract/programs/doublezero-serviceability/src/state/globalconfig.rs`, reference
/// `serviceability-state.md` §4.2).
///
/// Components follow the Rust field order after the `account_type` byte (always 2, implied by the
/// record type). Always [#SIZE] bytes. A missing `next_bgp_community` (57-byte accounts of older
/// versions) is [#BGP_COMMUNITY_MIN].
///
/// Required fields: `owner` … `user_tunnel_block`, the layout since `bump_seed` was added
/// (reference commit f5e24b420, 2025-04-30). Added since: `multicastgroup_block` (d371e8fbb,
/// 2025-06-02), `next_bgp_community` (b8c808d52, 2025-10-20; **10000** when missing),
/// `multicast_publisher_block` (2f36a4628, 2026-02-12). The real testnet blob of reference §9 (57
/// bytes) ends after `multicastgroup_block`.
///
/// @param owner `owner`: owner
/// @param bumpSeed `bump_seed`: PDA bump
/// @param localAsn `local_asn`: local BGP ASN
/// @param remoteAsn `remote_asn`: remote BGP ASN
/// @param deviceTunnelBlock `device_tunnel_block`: block for device-to-device tunnels
/// @param userTunnelBlock `user_tunnel_block`: block for user tunnels
/// @param multicastgroupBlock `multicastgroup_block`: block for multicast group addresses
/// @param nextBgpCommunity `next_bgp_community`: next exchange BGP community
/// @param multicastPublisherBlock `multicast_publisher_block`: block for multicast publishers
public record GlobalConfig(
    PublicKey owner,
    int bumpSeed,
    long localAsn,
    long remoteAsn,
    NetworkV4 deviceTunnelBlock,
    NetworkV4 userTunnelBlock,
    NetworkV4 multicastgroupBlock,
    int nextBgpCommunity,
    NetworkV4 multicastPublisherBlock)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public GlobalConfig {
    Objects.requireNonNull(owner, "owner");
    Check.u8("bumpSeed", bumpSeed);
    Check.u32("localAsn", localAsn);
    Check.u32("remoteAsn", remoteAsn);
    Objects.requireNonNull(deviceTunnelBlock, "deviceTunnelBlock");
    Objects.requireNonNull(userTunnelBlock, "userTunnelBlock");
    Objects.requireNonNull(multicastgroupBlock, "multicastgroupBlock");
    Check.u16("nextBgpCommunity", nextBgpCommunity);
    Objects.requireNonNull(multicastPublisherBlock, "multicastPublisherBlock");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `user_tunnel_block` that are missing at the
  /// end take their defaults; extra trailing bytes are ignored. Data that ends before
  /// `user_tunnel_block` is complete throws, where the program would default the missing fields too
  /// (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 2
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static GlobalConfig decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.GLOBAL_CONFIG);
    return new GlobalConfig(
        r.publicKey("owner"),
        r.u8("bump_seed"),
        r.u32("local_asn"),
        r.u32("remote_asn"),
        r.networkV4("device_tunnel_block"),
        r.networkV4("user_tunnel_block"),
        r.optionalFromHere().networkV4("multicastgroup_block"),
        r.u16("next_bgp_community", BGP_COMMUNITY_MIN),
        r.networkV4("multicast_publisher_block"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.GLOBAL_CONFIG.wireValue());
    w.publicKey(owner);
    w.u8(bumpSeed);
    w.u32(localAsn);
    w.u32(remoteAsn);
    w.networkV4(deviceTunnelBlock);
    w.networkV4(userTunnelBlock);
    w.networkV4(multicastgroupBlock);
    w.u16(nextBgpCommunity);
    w.networkV4(multicastPublisherBlock);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.GLOBAL_CONFIG;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.GLOBAL_CONFIG)
        .key("owner", owner)
        .u8("bump_seed", bumpSeed)
        .u32("local_asn", localAsn)
        .u32("remote_asn", remoteAsn)
        .net("device_tunnel_block", deviceTunnelBlock)
        .net("user_tunnel_block", userTunnelBlock)
        .net("multicastgroup_block", multicastgroupBlock)
        .u16("next_bgp_community", nextBgpCommunity)
        .net("multicast_publisher_block", multicastPublisherBlock)
        .build();
  }

  /// Serialized size in bytes (Rust `GlobalConfig::size()`).
  public static final int SIZE = 64;

  /// Lowest exchange BGP community, and the default of a missing `next_bgp_community` (Rust
  /// `BGP_COMMUNITY_MIN`).
  public static final int BGP_COMMUNITY_MIN = 10000;

  /// Highest exchange BGP community (Rust `BGP_COMMUNITY_MAX`).
  public static final int BGP_COMMUNITY_MAX = 10999;
}
