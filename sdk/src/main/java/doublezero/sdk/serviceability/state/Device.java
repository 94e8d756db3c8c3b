package doublezero.sdk.serviceability.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// A network device (switch) (Rust `Device`,
/// `smartcontract/programs/doublezero-serviceability/src/state/device.rs`, `interface.rs`,
/// reference `serviceability-state.md` §4.7).
///
/// Components follow the Rust field order after the `account_type` byte (always 5, implied by the
/// record type). Size: 224 + UTF-8 lengths of code and mgmt_vrf + 5 × prefixes + the interfaces'
/// sizes. A missing `device_health` is `Pending`.
///
/// Required fields: `owner` … `dz_prefixes`, the layout since `bump_seed` was added (reference
/// commit f5e24b420, 2025-04-30). Added since: `metrics_publisher_pk` (18341b28a, 2025-06-19),
/// `contributor_pk` (ecf915824, 2025-07-04), `mgmt_vrf` and `interfaces` (5f0c2674c, 2025-07-22,
/// with BGP/DNS/NTP fields removed again in d659a1d8a, a layout that is not a prefix of today's),
/// `reference_count` (7e95d2d94), `users_count`/`max_users` (49ec603c8), `device_health`
/// (62c3299e2), `desired_status` (103a3d383), the per-kind counters (eb4c200b9, bd8d8e47b,
/// f6698ab6b). The reference test `test_device_pre_dzd_metadata_deserialization` cuts after
/// `contributor_pk`; the real testnet blob of reference §9 (314 bytes) ends after `max_users`.
///
/// @param owner `owner`: owner
/// @param index `index`: PDA index
/// @param bumpSeed `bump_seed`: PDA bump
/// @param locationPk `location_pk`: location
/// @param exchangePk `exchange_pk`: exchange
/// @param deviceType `device_type`: role
/// @param publicIp `public_ip`: public address
/// @param status `status`: status
/// @param code `code`: short code (≤ 32 bytes)
/// @param dzPrefixes `dz_prefixes`: DoubleZero prefixes
/// @param metricsPublisherPk `metrics_publisher_pk`: telemetry publisher
/// @param contributorPk `contributor_pk`: contributor
/// @param mgmtVrf `mgmt_vrf`: management VRF
/// @param interfaces `interfaces`: interfaces, each V1 or V2
/// @param referenceCount `reference_count`: number of accounts referring to it
/// @param usersCount `users_count`: users
/// @param maxUsers `max_users`: maximum users
/// @param deviceHealth `device_health`: health
/// @param desiredStatus `desired_status`: desired status
/// @param unicastUsersCount `unicast_users_count`: unicast users
/// @param multicastSubscribersCount `multicast_subscribers_count`: multicast subscribers
/// @param maxUnicastUsers `max_unicast_users`: maximum unicast users (0 = no limit)
/// @param maxMulticastSubscribers `max_multicast_subscribers`: maximum multicast subscribers (0 =
///   no limit)
/// @param reservedSeats `reserved_seats`: seats held by reservations
/// @param multicastPublishersCount `multicast_publishers_count`: multicast publishers
/// @param maxMulticastPublishers `max_multicast_publishers`: maximum multicast publishers (0 = no
///   limit)
public record Device(
    PublicKey owner,
    U128 index,
    int bumpSeed,
    PublicKey locationPk,
    PublicKey exchangePk,
    DeviceType deviceType,
    Ipv4Address publicIp,
    DeviceStatus status,
    String code,
    List<NetworkV4> dzPrefixes,
    PublicKey metricsPublisherPk,
    PublicKey contributorPk,
    String mgmtVrf,
    List<Interface> interfaces,
    long referenceCount,
    int usersCount,
    int maxUsers,
    DeviceHealth deviceHealth,
    DeviceDesiredStatus desiredStatus,
    int unicastUsersCount,
    int multicastSubscribersCount,
    int maxUnicastUsers,
    int maxMulticastSubscribers,
    int reservedSeats,
    int multicastPublishersCount,
    int maxMulticastPublishers)
    implements ServiceabilityAccount {

  /// @throws IllegalArgumentException when an integer is out of its Rust type's range
  /// @throws NullPointerException when an object component is null
  public Device {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(index, "index");
    Check.u8("bumpSeed", bumpSeed);
    Objects.requireNonNull(locationPk, "locationPk");
    Objects.requireNonNull(exchangePk, "exchangePk");
    Objects.requireNonNull(deviceType, "deviceType");
    Objects.requireNonNull(publicIp, "publicIp");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    dzPrefixes = List.copyOf(dzPrefixes);
    Objects.requireNonNull(metricsPublisherPk, "metricsPublisherPk");
    Objects.requireNonNull(contributorPk, "contributorPk");
    Objects.requireNonNull(mgmtVrf, "mgmtVrf");
    interfaces = List.copyOf(interfaces);
    Check.u32("referenceCount", referenceCount);
    Check.u16("usersCount", usersCount);
    Check.u16("maxUsers", maxUsers);
    Objects.requireNonNull(deviceHealth, "deviceHealth");
    Objects.requireNonNull(desiredStatus, "desiredStatus");
    Check.u16("unicastUsersCount", unicastUsersCount);
    Check.u16("multicastSubscribersCount", multicastSubscribersCount);
    Check.u16("maxUnicastUsers", maxUnicastUsers);
    Check.u16("maxMulticastSubscribers", maxMulticastSubscribers);
    Check.u16("reservedSeats", reservedSeats);
    Check.u16("multicastPublishersCount", multicastPublishersCount);
    Check.u16("maxMulticastPublishers", maxMulticastPublishers);
  }

  /// Decodes account data as the program does (reference `serviceability-state.md` §2.2) for every
  /// shape a program version wrote: the fields after `dz_prefixes` that are missing at the end take
  /// their defaults; extra trailing bytes are ignored. Data that ends before `dz_prefixes` is
  /// complete throws, where the program would default the missing fields too
  /// (docs/compatibility.md).
  ///
  /// @param data the account data, starting with the account-type byte 5
  /// @return the account
  /// @throws DecodeException for empty data, another account type, a required field missing, a
  ///   field cut short, an unknown enum discriminant, a bool byte other than 0/1, invalid UTF-8 or
  ///   a prefix length above 32
  public static Device decode(byte[] data) {
    BorshReader r = Check.open(data, AccountType.DEVICE);
    return new Device(
        r.publicKey("owner"),
        r.u128("index"),
        r.u8("bump_seed"),
        r.publicKey("location_pk"),
        r.publicKey("exchange_pk"),
        r.enumU8("device_type", DeviceType::fromWire, DeviceType.defaultVariant()),
        r.ipv4("public_ip"),
        r.enumU8("status", DeviceStatus::fromWire, DeviceStatus.defaultVariant()),
        r.string("code"),
        r.vec("dz_prefixes", e -> e.networkV4("dz_prefixes")),
        r.optionalFromHere().publicKey("metrics_publisher_pk"),
        r.publicKey("contributor_pk"),
        r.string("mgmt_vrf"),
        r.vec("interfaces", e -> Interface.decode(e, "interfaces")),
        r.u32("reference_count"),
        r.u16("users_count"),
        r.u16("max_users"),
        r.enumU8("device_health", DeviceHealth::fromWire, DeviceHealth.defaultVariant()),
        r.enumU8(
            "desired_status", DeviceDesiredStatus::fromWire, DeviceDesiredStatus.defaultVariant()),
        r.u16("unicast_users_count"),
        r.u16("multicast_subscribers_count"),
        r.u16("max_unicast_users"),
        r.u16("max_multicast_subscribers"),
        r.u16("reserved_seats"),
        r.u16("multicast_publishers_count"),
        r.u16("max_multicast_publishers"));
  }

  /// @return the account data, exactly as the program writes it
  @Override
  public byte[] encode() {
    BorshWriter w = new BorshWriter();
    w.u8(AccountType.DEVICE.wireValue());
    w.publicKey(owner);
    w.u128(index);
    w.u8(bumpSeed);
    w.publicKey(locationPk);
    w.publicKey(exchangePk);
    w.u8(deviceType.wireValue());
    w.ipv4(publicIp);
    w.u8(status.wireValue());
    w.string(code);
    w.vec(dzPrefixes, BorshWriter::networkV4);
    w.publicKey(metricsPublisherPk);
    w.publicKey(contributorPk);
    w.string(mgmtVrf);
    w.vec(interfaces, (x, i) -> i.encode(x));
    w.u32(referenceCount);
    w.u16(usersCount);
    w.u16(maxUsers);
    w.u8(deviceHealth.wireValue());
    w.u8(desiredStatus.wireValue());
    w.u16(unicastUsersCount);
    w.u16(multicastSubscribersCount);
    w.u16(maxUnicastUsers);
    w.u16(maxMulticastSubscribers);
    w.u16(reservedSeats);
    w.u16(multicastPublishersCount);
    w.u16(maxMulticastPublishers);
    return w.toByteArray();
  }

  @Override
  public AccountType accountType() {
    return AccountType.DEVICE;
  }

  @Override
  public List<Field> fields() {
    return Check.fields(AccountType.DEVICE)
        .key("owner", owner)
        .u128("index", index)
        .u8("bump_seed", bumpSeed)
        .key("location_pk", locationPk)
        .key("exchange_pk", exchangePk)
        .add("device_type", Check.variant(deviceType))
        .ip("public_ip", publicIp)
        .add("status", Check.variant(status))
        .text("code", code)
        .list("dz_prefixes", dzPrefixes, FieldValue.Net::new)
        .key("metrics_publisher_pk", metricsPublisherPk)
        .key("contributor_pk", contributorPk)
        .text("mgmt_vrf", mgmtVrf)
        .list("interfaces", interfaces, Interface::toFieldValue)
        .u32("reference_count", referenceCount)
        .u16("users_count", usersCount)
        .u16("max_users", maxUsers)
        .add("device_health", Check.variant(deviceHealth))
        .add("desired_status", Check.variant(desiredStatus))
        .u16("unicast_users_count", unicastUsersCount)
        .u16("multicast_subscribers_count", multicastSubscribersCount)
        .u16("max_unicast_users", maxUnicastUsers)
        .u16("max_multicast_subscribers", maxMulticastSubscribers)
        .u16("reserved_seats", reservedSeats)
        .u16("multicast_publishers_count", multicastPublishersCount)
        .u16("max_multicast_publishers", maxMulticastPublishers)
        .build();
  }

  /// Looks an interface up by name, ignoring case as the program does (Rust
  /// `Device::find_interface`).
  ///
  /// @param name interface name, e.g. `ethernet1`
  /// @return the first interface so named
  public Optional<Interface> findInterface(String name) {
    int i = indexOfInterface(name);
    return i < 0 ? Optional.empty() : Optional.of(interfaces.get(i));
  }

  /// @param name interface name (case ignored)
  /// @return the position of the first interface so named, or -1
  public int indexOfInterface(String name) {
    for (int i = 0; i < interfaces.size(); i++) {
      if (interfaces.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
