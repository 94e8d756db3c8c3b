package doublezero.localnet.programs.serviceability.multicast;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.PublicKey;

/// A mutable copy of a [MulticastGroup] for the processors of this package, which change a few
/// fields of the decoded state before writing it back (the Rust code mutates the struct in place).
/// Counts are u32 in `long`s.
final class GroupDraft {
  PublicKey owner;
  U128 index;
  int bumpSeed;
  PublicKey tenantPk;
  Ipv4Address multicastIp;
  long maxBandwidth;
  MulticastGroupStatus status;
  String code;
  long publisherCount;
  long subscriberCount;

  GroupDraft(MulticastGroup g) {
    owner = g.owner();
    index = g.index();
    bumpSeed = g.bumpSeed();
    tenantPk = g.tenantPk();
    multicastIp = g.multicastIp();
    maxBandwidth = g.maxBandwidth();
    status = g.status();
    code = g.code();
    publisherCount = g.publisherCount();
    subscriberCount = g.subscriberCount();
  }

  /// @return the record holding the draft's current values
  MulticastGroup build() {
    return new MulticastGroup(
        owner,
        index,
        bumpSeed,
        tenantPk,
        multicastIp,
        maxBandwidth,
        status,
        code,
        publisherCount,
        subscriberCount);
  }

  /// @return `g` with `status` replaced
  static MulticastGroup withStatus(MulticastGroup g, MulticastGroupStatus status) {
    GroupDraft d = new GroupDraft(g);
    d.status = status;
    return d.build();
  }
}
