package doublezero.cli.user;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.solana.key.PublicKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// A user's multicast memberships, shared by `user delete` and `disconnect`.
public final class UserGroups {
  private UserGroups() {}

  /// Leaves every group of the user that still exists (SubscribeMulticastGroup with both flags
  /// false), then waits (1 s doubling to 32 s, 8 tries, as the reference) until the activator has
  /// taken the user out of `updating` (reference `sdk/rs/src/commands/user/delete.rs`: a user still
  /// in a group cannot be deleted, `ReferenceCountNotZero`).
  ///
  /// @param s the session
  /// @param userKey the user
  /// @throws CliException `Timeout waiting for user multicast unsubscribe`
  public static void leaveAll(Session s, PublicKey userKey) {
    LedgerView l = s.ledger();
    User u = UserInstructions.getUser(l, userKey);
    Set<PublicKey> groups = new LinkedHashSet<>(u.publishers());
    groups.addAll(u.subscribers());
    PublicKey payer = s.signer().publicKey();
    for (PublicKey g : groups) {
      if (s.ledger().get(g, MulticastGroup.class).isPresent()) {
        Sender.sendQuietly(
            s,
            List.of(
                new UserInstructions(s.connection().programId(), s.ledger(), payer)
                    .subscribe(g, userKey, false, false)));
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    long delay = 1000;
    for (int i = 0; i < 8; i++) {
      s.refresh();
      Optional<User> now = s.ledger().get(userKey, User.class);
      if (now.isPresent() && now.get().status() != UserStatus.UPDATING) {
        return;
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException("interrupted");
      }
      delay = Math.min(delay * 2, 32_000);
    }
    throw new CliException("Timeout waiting for user multicast unsubscribe");
  }
}
