package doublezero.localnet.pubsub;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// The live subscriptions, by id and by what they watch (account address, program id, signature),
/// so a change is matched against the subscriptions on its own keys instead of against every
/// subscription.
///
/// Thread-safe: sessions add and remove on their I/O threads while the notifier looks up.
final class SubscriptionIndex {
  private final Map<Long, Subscription> byId = new ConcurrentHashMap<>();
  private final Map<Object, Set<Subscription>> byKey = new ConcurrentHashMap<>();
  private final Set<Subscription> slots = ConcurrentHashMap.newKeySet();

  void add(Subscription s) {
    byId.put(s.id(), s);
    if (s.kind() == Subscription.Kind.SLOT) {
      slots.add(s);
      return;
    }
    byKey.compute(
        key(s),
        (k, set) -> {
          Set<Subscription> out = set == null ? ConcurrentHashMap.newKeySet() : set;
          out.add(s);
          return out;
        });
  }

  Subscription get(long id) {
    return byId.get(id);
  }

  /// Removes subscription `id`; true when this call removed it.
  boolean remove(long id) {
    Subscription s = byId.remove(id);
    if (s == null) {
      return false;
    }
    if (s.kind() == Subscription.Kind.SLOT) {
      slots.remove(s);
    } else {
      byKey.computeIfPresent(
          key(s),
          (k, set) -> {
            set.remove(s);
            return set.isEmpty() ? null : set;
          });
    }
    return true;
  }

  /// Removes every subscription of `session`.
  void removeSession(PubSubSession session) {
    for (Subscription s : byId.values()) {
      if (s.session() == session) {
        remove(s.id());
      }
    }
  }

  /// Subscriptions of `kind` on `key` (an address, program id or signature).
  Set<Subscription> on(Subscription.Kind kind, Object key) {
    return byKey.getOrDefault(new Key(kind, key), Set.of());
  }

  Set<Subscription> slots() {
    return slots;
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  int size() {
    return byId.size();
  }

  private static Key key(Subscription s) {
    return new Key(s.kind(), s.key());
  }

  private record Key(Subscription.Kind kind, Object key) {}
}
