package doublezero.localnet.pubsub;

import doublezero.localnet.ledger.Account;
import doublezero.localnet.rpc.AccountEncoder;
import java.util.function.Predicate;

/// One live subscription.
///
/// @param id subscription id (unique per hub)
/// @param kind which method created it
/// @param session where notifications go
/// @param key the account, program or signature watched (null for slots)
/// @param encoder account rendering (account/program subscriptions)
/// @param filter program-subscription filters
record Subscription(
    long id,
    Kind kind,
    PubSubSession session,
    Object key,
    AccountEncoder encoder,
    Predicate<Account> filter) {
  /// Subscription kinds, with their notification and unsubscribe method names.
  enum Kind {
    ACCOUNT("accountNotification", "accountUnsubscribe"),
    PROGRAM("programNotification", "programUnsubscribe"),
    SIGNATURE("signatureNotification", "signatureUnsubscribe"),
    SLOT("slotNotification", "slotUnsubscribe");

    final String notification;
    final String unsubscribe;

    Kind(String notification, String unsubscribe) {
      this.notification = notification;
      this.unsubscribe = unsubscribe;
    }
  }
}
