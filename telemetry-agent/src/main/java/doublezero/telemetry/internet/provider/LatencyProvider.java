package doublezero.telemetry.internet.provider;

import doublezero.telemetry.internet.exchange.Site;
import java.util.List;

/// A third-party latency source (RIPE Atlas, Wheresitup) as the collector drives it: [#plan] keeps
/// the provider's measurements (or jobs) between the Exchanges in place, [#collect] reads what they
/// produced since the last committed poll. Implementations keep their progress in a state file in
/// the state directory, written atomically, and advance it only through [Poll#commit].
public interface LatencyProvider {
  /// @return the on-chain `data_provider_name` (`ripeatlas`, `wheresitup`)
  String name();

  /// @return the provider's sampling interval in µs (written by InitializeInternetLatencySamples)
  long samplingIntervalMicros();

  /// Creates or refreshes the provider's measurements between the sites.
  ///
  /// @param sites the Exchanges to measure between (codes and coordinates)
  /// @param dryRun log what would be created instead of creating it
  /// @throws ProviderException when the provider's API fails (the state is left as it was)
  void plan(List<Site> sites, boolean dryRun);

  /// Reads the results produced since the last committed poll.
  ///
  /// @param nowMicros the wall clock, µs since the UNIX epoch
  /// @return the poll
  /// @throws ProviderException when the provider's API fails (nothing is kept from this call)
  Poll collect(long nowMicros);
}
