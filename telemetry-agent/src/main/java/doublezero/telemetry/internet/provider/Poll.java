package doublezero.telemetry.internet.provider;

import static java.util.Objects.requireNonNull;

import java.util.List;

/// What one collection read from a provider: the records, and how to advance the provider's state
/// file past them. The collector journals (and fsyncs) the records first and calls [#commit] after,
/// so a crash in between never loses a result (at worst one poll is read again).
///
/// @param records the new results (RTT > 0 only)
/// @param skipped results that carried no usable RTT (timeouts, RTT ≤ 0) or that expired
/// @param itemErrors measurements or jobs that could not be read this time (malformed answer,
///   unexpected status); their progress is left where it was and they are asked for again next poll
/// @param commit advances and saves the provider's state (atomically)
public record Poll(
    List<LatencyRecord> records, int skipped, List<ProviderException> itemErrors, Runnable commit) {
  /// @throws NullPointerException for a null field
  public Poll {
    records = List.copyOf(records);
    itemErrors = List.copyOf(itemErrors);
    requireNonNull(commit, "commit");
  }
}
