package doublezero.doublezerod.chain;

/// Where the daemon reads chain state from (reference `internal/onchain/fetcher.go`).
/// Implementations: [RpcChainSource] (one `getProgramAccounts` call) and [CachingChainSource] (TTL,
/// single flight, stale data through an outage).
public interface ChainSource {
  /// @return the current program data
  /// @throws RuntimeException (e.g. `RpcException`) when the ledger cannot be read
  ProgramData fetch();
}
