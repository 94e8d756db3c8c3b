package doublezero.localnet.programs.serviceability.link;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Interface;
import java.util.ArrayList;
import java.util.List;

/// One-field changes of the state records the link processors touch besides the Link itself (the Rust processors
/// assign the field on the deserialised struct).
final class Copies {
  private Copies() {}

  /// @return `gs` with `account_index` = `index`
  static GlobalState withAccountIndex(GlobalState gs, U128 index) {
    return new GlobalState(gs.bumpSeed(), index, gs.foundationAllowlist(), gs.deviceAllowlist(), gs.userAllowlist(),
        gs.activatorAuthorityPk(), gs.sentinelAuthorityPk(), gs.contributorAirdropLamports(),
        gs.userAirdropLamports(), gs.healthOraclePk(), gs.qaAllowlist(), gs.featureFlags(),
        gs.reservationAuthorityPk());
  }

  /// @return `c` with `reference_count` = `count`
  static Contributor withReferenceCount(Contributor c, long count) {
    return new Contributor(c.owner(), c.index(), c.bumpSeed(), c.status(), c.code(), count, c.opsManagerPk());
  }

  /// @return `d` with `reference_count` = `count`
  static Device withReferenceCount(Device d, long count) {
    return device(d, d.interfaces(), count);
  }

  /// @return `d` with `interfaces[index]` = `iface`
  static Device withInterface(Device d, int index, Interface iface) {
    List<Interface> interfaces = new ArrayList<>(d.interfaces());
    interfaces.set(index, iface);
    return device(d, interfaces, d.referenceCount());
  }

  private static Device device(Device d, List<Interface> interfaces, long referenceCount) {
    return new Device(d.owner(), d.index(), d.bumpSeed(), d.locationPk(), d.exchangePk(), d.deviceType(),
        d.publicIp(), d.status(), d.code(), d.dzPrefixes(), d.metricsPublisherPk(), d.contributorPk(), d.mgmtVrf(),
        interfaces, referenceCount, d.usersCount(), d.maxUsers(), d.deviceHealth(), d.desiredStatus(),
        d.unicastUsersCount(), d.multicastSubscribersCount(), d.maxUnicastUsers(), d.maxMulticastSubscribers(),
        d.reservedSeats(), d.multicastPublishersCount(), d.maxMulticastPublishers());
  }

  /// Rust `saturating_sub(1)` on a u32 reference count.
  static long decrement(long count) {
    return count == 0 ? 0 : count - 1;
  }
}
