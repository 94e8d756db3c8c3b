package doublezero.doublezerod.chain;

/// Where the daemon reads chain state from (reference `internal/onchain/fetcher.go`).
/// Implementations: [RpcChainSource] (one `getProgramAccounts` call) and [CachingChainSource] (TTL,
/// single flight, stale data through an outage).
public interface ChainSource {
  /// @return the current program data
  /// @throws RuntimeException (e.g. `RpcException`) when the ledger cannot be read
  ProgramData fetch();

  /// Like [#fetch], but a cache in front asks the ledger now instead of serving a snapshot younger
  /// than its TTL (the reconciler asks this after `/enable`, when `connect` has just seen its user
  /// activated). Sources without a cache answer [#fetch].
  ///
  /// @return the current program data
  /// @throws RuntimeException when the ledger cannot be read and nothing is cached
  default ProgramData fetchFresh() {
    return fetch();
  }
}
