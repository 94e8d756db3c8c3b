package doublezero.localnet.programs.serviceability.device;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;

/// UpdateDevice arguments with every field absent unless set (the SDK record has 19 components).
public final class UpdateDeviceBuilder {
  private Optional<String> code = Optional.empty();
  private Optional<PublicKey> metricsPublisher = Optional.empty();
  private Optional<List<NetworkV4>> dzPrefixes = Optional.empty();
  private Optional<Integer> maxUsers = Optional.empty();
  private Optional<Integer> usersCount = Optional.empty();
  private Optional<DeviceStatus> status = Optional.empty();
  private Optional<Integer> unicastUsersCount = Optional.empty();
  private Optional<Integer> multicastSubscribersCount = Optional.empty();
  private Optional<Integer> multicastPublishersCount = Optional.empty();
  private Optional<Long> referenceCount = Optional.empty();
  private long resourceCount;

  /// Sets `code`.
  public UpdateDeviceBuilder code(String v) {
    code = Optional.of(v);
    return this;
  }

  /// Sets `metrics_publisher_pk`.
  public UpdateDeviceBuilder metricsPublisher(PublicKey v) {
    metricsPublisher = Optional.of(v);
    return this;
  }

  /// Sets `dz_prefixes` and `resource_count`.
  public UpdateDeviceBuilder dzPrefixes(List<NetworkV4> v, long resources) {
    dzPrefixes = Optional.of(v);
    resourceCount = resources;
    return this;
  }

  /// Sets `max_users`.
  public UpdateDeviceBuilder maxUsers(int v) {
    maxUsers = Optional.of(v);
    return this;
  }

  /// Sets `users_count`.
  public UpdateDeviceBuilder usersCount(int v) {
    usersCount = Optional.of(v);
    return this;
  }

  /// Sets `status`.
  public UpdateDeviceBuilder status(DeviceStatus v) {
    status = Optional.of(v);
    return this;
  }

  /// Sets `unicast_users_count`.
  public UpdateDeviceBuilder unicastUsersCount(int v) {
    unicastUsersCount = Optional.of(v);
    return this;
  }

  /// Sets the multicast counters.
  public UpdateDeviceBuilder multicastCounts(int subscribers, int publishers) {
    multicastSubscribersCount = Optional.of(subscribers);
    multicastPublishersCount = Optional.of(publishers);
    return this;
  }

  /// Sets `reference_count`.
  public UpdateDeviceBuilder referenceCount(long v) {
    referenceCount = Optional.of(v);
    return this;
  }

  /// @return the arguments
  public UpdateDevice build() {
    return new UpdateDevice(
        code,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        dzPrefixes,
        metricsPublisher,
        Optional.empty(),
        maxUsers,
        usersCount,
        status,
        Optional.empty(),
        resourceCount,
        referenceCount,
        Optional.empty(),
        Optional.empty(),
        unicastUsersCount,
        Optional.empty(),
        multicastSubscribersCount,
        multicastPublishersCount);
  }
}
