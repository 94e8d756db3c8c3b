package doublezero.telemetry.internet.exchange;

import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.ExchangeStatus;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The Exchanges of the serviceability program, by code (reference `internal/exporter/ledger.go`
/// `getExchanges` and `internal/collector/location.go` `GetLocations`): every Exchange's account
/// key for submission, and the Activated ones with coordinates as measurement sites.
///
/// @param keys Exchange account by code (any status)
/// @param sites Activated Exchanges with their coordinates, in code order
public record ExchangeDirectory(Map<String, PublicKey> keys, List<Site> sites) {
  /// @throws NullPointerException for a null field
  public ExchangeDirectory {
    keys = Map.copyOf(keys);
    sites = List.copyOf(sites);
  }

  /// Reads every Exchange account (`getProgramAccounts`).
  ///
  /// @param client the serviceability program
  /// @return the directory
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger cannot be read
  public static ExchangeDirectory load(ServiceabilityClient client) {
    Map<String, PublicKey> keys = new HashMap<>();
    List<Site> sites = new ArrayList<>();
    for (DecodedAccount<Exchange> a : client.getAll(AccountType.EXCHANGE, Exchange.class)) {
      Exchange e = a.state();
      keys.put(e.code(), a.address());
      if (e.status() == ExchangeStatus.ACTIVATED) {
        sites.add(new Site(e.code(), e.lat(), e.lng()));
      }
    }
    sites.sort((x, y) -> x.code().compareTo(y.code()));
    return new ExchangeDirectory(keys, sites);
  }

  /// @param code an Exchange code
  /// @return its account, or empty when no Exchange has that code
  public Optional<PublicKey> key(String code) {
    return Optional.ofNullable(keys.get(code));
  }
}
