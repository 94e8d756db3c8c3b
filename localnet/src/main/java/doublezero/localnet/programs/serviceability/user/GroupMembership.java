package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.PublicKey;

/// The user side of multicast membership: `subscribe_user_to_multicastgroup`
/// (`PROC/multicastgroup/subscribe.rs`) as CreateSubscribeUser uses it, and the group counters
/// (u32, saturating) the reserved-subscriber processors move.
final class GroupMembership {
  private static final long U32 = 0xFFFF_FFFFL;

  private GroupMembership() {}

  /// Adds (or, with a false flag, removes) the group in the user's publisher and subscriber lists
  /// and moves the group's counters.
  ///
  /// @return the group to write
  /// @throws ProgramException `InvalidAccountData` when the account is not a group, `InvalidStatus`
  ///   (7) for a group that is not Activated, `NotAllowed` (8) when the pass's pub/sub allowlist
  ///   lacks the group
  static MulticastGroup subscribe(
      Invocation inv,
      BorrowedAccount groupAccount,
      AccessPass pass,
      UserDraft user,
      boolean publisher,
      boolean subscriber)
      throws ProgramException {
    MulticastGroup group = inv.read(groupAccount, MulticastGroup.class);
    if (group.status() != MulticastGroupStatus.ACTIVATED) {
      inv.log("MulticastGroupStatus: " + group.status());
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    PublicKey key = groupAccount.key();
    if (publisher && !pass.mgroupPubAllowlist().contains(key)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (subscriber && !pass.mgroupSubAllowlist().contains(key)) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    long pubs = group.publisherCount();
    long subs = group.subscriberCount();
    if (publisher && !user.publishers.contains(key)) {
      pubs = Math.min(U32, pubs + 1);
      user.publishers.add(key);
    } else if (!publisher && user.publishers.remove(key)) {
      pubs = Math.max(0, pubs - 1);
    }
    if (subscriber && !user.subscribers.contains(key)) {
      subs = Math.min(U32, subs + 1);
      user.subscribers.add(key);
    } else if (!subscriber && user.subscribers.remove(key)) {
      subs = Math.max(0, subs - 1);
    }
    return withCounts(group, pubs, subs);
  }

  /// @return `g` with its publisher and subscriber counts replaced
  static MulticastGroup withCounts(MulticastGroup g, long publishers, long subscribers) {
    return new MulticastGroup(
        g.owner(),
        g.index(),
        g.bumpSeed(),
        g.tenantPk(),
        g.multicastIp(),
        g.maxBandwidth(),
        g.status(),
        g.code(),
        publishers,
        subscribers);
  }
}
