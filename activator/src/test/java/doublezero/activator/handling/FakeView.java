package doublezero.activator.handling;

import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/// An in-memory chain view for handler tests.
final class FakeView implements AccountView {
  final Map<PublicKey, ServiceabilityAccount> accounts = new HashMap<>();
  long epoch = 1;

  @Override
  public Optional<ServiceabilityAccount> get(PublicKey address) {
    return Optional.ofNullable(accounts.get(address));
  }

  @Override
  public Optional<ServiceabilityAccount> peek(PublicKey address) {
    return get(address);
  }

  @Override
  public <T extends ServiceabilityAccount> Map<PublicKey, T> all(Class<T> type) {
    Map<PublicKey, T> out = new HashMap<>();
    accounts.forEach(
        (k, v) -> {
          if (type.isInstance(v)) {
            out.put(k, type.cast(v));
          }
        });
    return out;
  }

  @Override
  public long epoch() {
    return epoch;
  }
}
