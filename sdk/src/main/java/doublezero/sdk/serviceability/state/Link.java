package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;

/// A link between two devices (Rust `Link`,
/// `smartcontract/programs/doublezero-serviceability/src/state/link.rs`, reference
/// `serviceability-state.md` §4.8).
///
/// Components follow the Rust field order after the `account_type` byte (always 6, implied by the
/// record type). Size: 205 + UTF-8 lengths of code and the two interface names. Missing `link_type`
/// is `WAN`, missing `link_health` is `Pending`.
///
/// Required fields: `owner` … `code`, the layout of the `Tunnel` account since `bump_seed` was
/// added (reference commit f5e24b420, 2025-04-30; renamed `Link` in dccd2dc43 with the same type
/// byte 6, and `MPLSoGRE` = 1 = today's `WAN`). Added since: `contributor_pk` (2e665d1f1,
/// 2025-07-21), the interface names (5f0c2674c, 2025-07-22), `delay_override_ns` (02c119e72),
/// `link_health` (62c3299e2), `desired_status` (103a3d383). The real testnet blob of reference §9
/// (246 bytes) ends after `side_z_iface_name`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param sideAPk `side_a_pk`: device A
/// @param sideZPk `side_z_pk`: device Z
/// @param linkType `link_type`: WAN or DZX
/// @param bandwidth `bandwidth`: bits per second
/// @param mtu `mtu`: MTU in bytes (u32 here, unlike interfaces)
/// @param delayNs `delay_ns`: delay in nanoseconds
/// @param jitterNs `jitter_ns`: jitter in nanoseconds
/// @param tunnelId `tunnel_id`: tunnel id
/// @param tunnelNet `tunnel_net`: tunnel /31 (host bits kept)
/// @param status `status`: status
/// @param code `code`: short code
/// @param contributorPk `contributor_pk`: contributor
/// @param sideAIfaceName `side_a_iface_name`: interface on device A
/// @param sideZIfaceName `side_z_iface_name`: interface on device Z
/// @param delayOverrideNs `delay_override_ns`: delay override in nanoseconds (0 = none)
/// @param linkHealth `link_health`: health
/// @param desiredStatus `desired_status`: desired status
public record Link(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    PublicKey sideAPk,
    PublicKey sideZPk,
    LinkLinkType linkType,
    long bandwidth,
    long mtu,
    long delayNs,
    long jitterNs,
    int tunnelId,
    NetworkV4 tunnelNet,
    LinkStatus status,
    String code,
    PublicKey contributorPk,
    String sideAIfaceName,
    String sideZIfaceName,
    long delayOverrideNs,
    LinkHealth linkHealth,
    LinkDesiredStatus desiredStatus)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Link {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(sideAPk, "sideAPk");
    Objects.requireNonNull(sideZPk, "sideZPk");
    Objects.requireNonNull(linkType, "linkType");
    Check.u32("mtu", mtu);
    Check.u16("tunnelId", tunnelId);
    Objects.requireNonNull(tunnelNet, "tunnelNet");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(contributorPk, "contributorPk");
    Objects.requireNonNull(sideAIfaceName, "sideAIfaceName");
    Objects.requireNonNull(sideZIfaceName, "sideZIfaceName");
    Objects.requireNonNull(linkHealth, "linkHealth");
    Objects.requireNonNull(desiredStatus, "desiredStatus");
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `code` that are missing at the end take their
  /// defaults; extra trailing bytes are ignored. Data that ends before `code` is complete throws,
  /// where the program would default the missing fields too (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 6
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Link decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.LINK);
    return new Link(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.publicKey("side_a_pk"),
        r.publicKey("side_z_pk"),
        r.enumU8("link_type", LinkLinkType::fromWire, LinkLinkType.defaultVariant()),
        r.u64("bandwidth"),
        r.u32("mtu"),
        r.u64("delay_ns"),
        r.u64("jitter_ns"),
        r.u16("tunnel_id"),
        r.networkV4("tunnel_net"),
        r.enumU8("status", LinkStatus::fromWire, LinkStatus.defaultVariant()),
        r.string("code"),
        r.optionalFromHere().publicKey("contributor_pk"),
        r.string("side_a_iface_name"),
        r.string("side_z_iface_name"),
        r.u64("delay_override_ns"),
        r.enumU8("link_health", LinkHealth::fromWire, LinkHealth.defaultVariant()),
        r.enumU8(
            "desired_status", LinkDesiredStatus::fromWire, LinkDesiredStatus.defaultVariant()));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.LINK.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.publicKey(sideAPk);
    w.publicKey(sideZPk);
    w.u8(linkType.wireValue());
    w.u64(bandwidth);
    w.u32(mtu);
    w.u64(delayNs);
    w.u64(jitterNs);
    w.u16(tunnelId);
    w.networkV4(tunnelNet);
    w.u8(status.wireValue());
    w.string(code);
    w.publicKey(contributorPk);
    w.string(sideAIfaceName);
    w.string(sideZIfaceName);
    w.u64(delayOverrideNs);
    w.u8(linkHealth.wireValue());
    w.u8(desiredStatus.wireValue());
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.LINK;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.LINK)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .key("side_a_pk", sideAPk)
        .key("side_z_pk", sideZPk)
        .add("link_type", Check.variant(linkType))
        .u64("bandwidth", bandwidth)
        .u32("mtu", mtu)
        .u64("delay_ns", delayNs)
        .u64("jitter_ns", jitterNs)
        .u16("tunnel_id", tunnelId)
        .net("tunnel_net", tunnelNet)
        .add("status", Check.variant(status))
        .text("code", code)
        .key("contributor_pk", contributorPk)
        .text("side_a_iface_name", sideAIfaceName)
        .text("side_z_iface_name", sideZIfaceName)
        .u64("delay_override_ns", delayOverrideNs)
        .add("link_health", Check.variant(linkHealth))
        .add("desired_status", Check.variant(desiredStatus))
        .build();
  }
}
