package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;

/// `subscribe_user_to_multicastgroup` (`PROC/multicastgroup/subscribe.rs`): toggles a user's
/// publisher and subscriber membership of one group. Shared with the user area's
/// CreateSubscribeUser, which may call [#toggle].
public final class Subscriptions {
  private Subscriptions() {}

  /// The outcome of a toggle.
  ///
  /// @param group the group with its counts adjusted (saturating, u32)
  /// @param publishers the user's new publisher list
  /// @param subscribers the user's new subscriber list
  /// @param publisherTransitioned whether the publisher list went from empty to non-empty, or the
  ///   reverse
  public record Result(
      MulticastGroup group,
      List<PublicKey> publishers,
      List<PublicKey> subscribers,
      boolean publisherTransitioned) {}

  /// Reads the group and applies `publisher`/`subscriber`: `true` adds the group to the list
  /// (once), `false` removes it; additions require the group in the pass's matching allowlist.
  ///
  /// @throws ProgramException `InvalidAccountData` when the account is not a group, `InvalidStatus`
  ///   (7) unless the group is Activated, `NotAllowed` (8) for an addition outside the allowlist
  public static Result toggle(
      Invocation inv,
      BorrowedAccount groupAccount,
      AccessPass pass,
      User user,
      boolean publisher,
      boolean subscriber)
      throws ProgramException {
    MulticastGroup mg = inv.read(groupAccount, MulticastGroup.class);
    if (mg.status() != MulticastGroupStatus.ACTIVATED) {
      inv.log("MulticastGroupStatus: " + mg.status().variantName());
      throw inv.error(ServiceabilityError.INVALID_STATUS);
    }
    PublicKey key = groupAccount.key();
    if ((publisher && !pass.mgroupPubAllowlist().contains(key))
        || (subscriber && !pass.mgroupSubAllowlist().contains(key))) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    GroupDraft d = new GroupDraft(mg);
    List<PublicKey> pubs = new ArrayList<>(user.publishers());
    List<PublicKey> subs = new ArrayList<>(user.subscribers());
    boolean transitioned = false;
    if (publisher && !pubs.contains(key)) {
      transitioned = pubs.isEmpty();
      d.publisherCount = saturatingAdd(d.publisherCount);
      pubs.add(key);
    } else if (!publisher && pubs.contains(key)) {
      d.publisherCount = Math.max(0, d.publisherCount - 1);
      pubs.removeIf(key::equals);
      transitioned = pubs.isEmpty();
    }
    if (subscriber && !subs.contains(key)) {
      d.subscriberCount = saturatingAdd(d.subscriberCount);
      subs.add(key);
    } else if (!subscriber && subs.contains(key)) {
      d.subscriberCount = Math.max(0, d.subscriberCount - 1);
      subs.removeIf(key::equals);
    }
    return new Result(d.build(), pubs, subs, transitioned);
  }

  private static long saturatingAdd(long u32) {
    return Math.min(0xFFFF_FFFFL, u32 + 1);
  }
}
