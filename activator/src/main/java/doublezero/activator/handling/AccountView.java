package doublezero.activator.handling;

import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Map;
import java.util.Optional;

/// The handlers' read access to chain state: the activator's cache of every serviceability account,
/// with a ledger read for an address it has not seen (the reference SDK commands read each such
/// account over RPC, §A.9).
public interface AccountView {
  /// @param address an account address
  /// @return its decoded state, or empty when it does not exist (or is not a serviceability
  ///   account)
  Optional<ServiceabilityAccount> get(PublicKey address);

  /// @param address an account address
  /// @return its decoded state as cached, without a ledger read (the cache follows every program
  ///   account through the snapshot and the subscription, so an absent address is taken as not
  ///   existing)
  Optional<ServiceabilityAccount> peek(PublicKey address);

  /// @param type an account record type
  /// @return every cached account of that type, by address (a snapshot copy)
  <T extends ServiceabilityAccount> Map<PublicKey, T> all(Class<T> type);

  /// @return the current epoch as the reference reads it (`getEpochInfo`, 0 read as 1 on local
  ///   validators, §A.7.6)
  long epoch();

  /// @param address an account address
  /// @param type the expected record type
  /// @return the account when it exists and has that type
  default <T extends ServiceabilityAccount> Optional<T> get(PublicKey address, Class<T> type) {
    return get(address).filter(type::isInstance).map(type::cast);
  }
}
