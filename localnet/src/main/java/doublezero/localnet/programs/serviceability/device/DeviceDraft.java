package doublezero.localnet.programs.serviceability.device;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceDesiredStatus;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Interface;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// A mutable copy of a [Device] for the processors that change a few fields (the Rust processors
/// mutate the deserialised struct in place, `STATE/device.rs`). Fields mirror the record's
/// components; [#build()] makes the record again (its constructor range-checks the integers).
public final class DeviceDraft {
  /// `owner`
  public PublicKey owner;

  /// `index`
  public U128 index;

  /// `bump_seed`
  public int bumpSeed;

  /// `location_pk`
  public PublicKey locationPk;

  /// `exchange_pk`
  public PublicKey exchangePk;

  /// `device_type`
  public DeviceType deviceType;

  /// `public_ip`
  public Ipv4Address publicIp;

  /// `status`
  public DeviceStatus status;

  /// `code`
  public String code;

  /// `dz_prefixes`
  public List<NetworkV4> dzPrefixes;

  /// `metrics_publisher_pk`
  public PublicKey metricsPublisherPk;

  /// `contributor_pk`
  public PublicKey contributorPk;

  /// `mgmt_vrf`
  public String mgmtVrf;

  /// `interfaces` (mutable list)
  public List<Interface> interfaces;

  /// `reference_count` (u32)
  public long referenceCount;

  /// `users_count` (u16)
  public int usersCount;

  /// `max_users` (u16)
  public int maxUsers;

  /// `device_health`
  public DeviceHealth deviceHealth;

  /// `desired_status`
  public DeviceDesiredStatus desiredStatus;

  /// `unicast_users_count` (u16)
  public int unicastUsersCount;

  /// `multicast_subscribers_count` (u16)
  public int multicastSubscribersCount;

  /// `max_unicast_users` (u16)
  public int maxUnicastUsers;

  /// `max_multicast_subscribers` (u16)
  public int maxMulticastSubscribers;

  /// `reserved_seats` (u16)
  public int reservedSeats;

  /// `multicast_publishers_count` (u16)
  public int multicastPublishersCount;

  /// `max_multicast_publishers` (u16)
  public int maxMulticastPublishers;

  /// @return a draft holding every field of `d`
  public static DeviceDraft of(Device d) {
    DeviceDraft x = new DeviceDraft();
    x.owner = d.owner();
    x.index = d.index();
    x.bumpSeed = d.bumpSeed();
    x.locationPk = d.locationPk();
    x.exchangePk = d.exchangePk();
    x.deviceType = d.deviceType();
    x.publicIp = d.publicIp();
    x.status = d.status();
    x.code = d.code();
    x.dzPrefixes = d.dzPrefixes();
    x.metricsPublisherPk = d.metricsPublisherPk();
    x.contributorPk = d.contributorPk();
    x.mgmtVrf = d.mgmtVrf();
    x.interfaces = new ArrayList<>(d.interfaces());
    x.referenceCount = d.referenceCount();
    x.usersCount = d.usersCount();
    x.maxUsers = d.maxUsers();
    x.deviceHealth = d.deviceHealth();
    x.desiredStatus = d.desiredStatus();
    x.unicastUsersCount = d.unicastUsersCount();
    x.multicastSubscribersCount = d.multicastSubscribersCount();
    x.maxUnicastUsers = d.maxUnicastUsers();
    x.maxMulticastSubscribers = d.maxMulticastSubscribers();
    x.reservedSeats = d.reservedSeats();
    x.multicastPublishersCount = d.multicastPublishersCount();
    x.maxMulticastPublishers = d.maxMulticastPublishers();
    return x;
  }

  /// @return the record
  /// @throws IllegalArgumentException when an integer is outside its Rust type's range
  public Device build() {
    return new Device(
        owner,
        index,
        bumpSeed,
        locationPk,
        exchangePk,
        deviceType,
        publicIp,
        status,
        code,
        dzPrefixes,
        metricsPublisherPk,
        contributorPk,
        mgmtVrf,
        interfaces,
        referenceCount,
        usersCount,
        maxUsers,
        deviceHealth,
        desiredStatus,
        unicastUsersCount,
        multicastSubscribersCount,
        maxUnicastUsers,
        maxMulticastSubscribers,
        reservedSeats,
        multicastPublishersCount,
        maxMulticastPublishers);
  }
}
