package doublezero.telemetry.submit;

/// What the [Submitter] counts; each daemon maps it onto its own Prometheus names (the device
/// agent's `doublezero_device_telemetry_agent_*`, the collector's
/// `doublezero_internet_latency_collector_*`).
public interface SubmissionMetrics {
  /// @param type an `error_type` label value (e.g. `submitter_failed_to_write_samples`)
  void error(String type);

  /// @param n samples confirmed on chain
  void submitted(long n);

  /// @param reason why, e.g. `account_full`
  /// @param n samples that will never reach the chain
  void dropped(String reason, long n);

  /// @param n samples in the journal not yet on chain
  void pending(long n);
}
