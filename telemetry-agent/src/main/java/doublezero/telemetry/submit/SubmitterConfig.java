package doublezero.telemetry.submit;

import java.time.Duration;

/// Settings of the [Submitter].
///
/// @param samplingIntervalMicros the probe interval in µs, written by
///   InitializeDeviceLatencySamples
/// @param batchSize samples per write (245, `MaxSamplesPerBatch` of the reference SDK)
/// @param maxAccountSamples samples an account can hold (35 000, `MAX_DEVICE_LATENCY_SAMPLES`)
/// @param settle how long a circuit waits after a write of unknown outcome before it reads the
///   account again (long enough for the transaction's blockhash to expire)
/// @param compactAboveBytes journal size above which a cycle compacts it
/// @param maxConcurrency circuits submitted at the same time (`-submitter-max-concurrency` of the
///   reference agent, `reference/telemetry-geolocation.md` §B.1; 1: one after another, no threads)
public record SubmitterConfig(
    long samplingIntervalMicros,
    int batchSize,
    long maxAccountSamples,
    Duration settle,
    long compactAboveBytes,
    int maxConcurrency) {
  /// Samples per write transaction (reference `smartcontract/sdk/go/telemetry`
  /// `MaxSamplesPerBatch`).
  public static final int BATCH_SIZE = 245;

  /// Samples one DeviceLatencySamples account holds at most.
  public static final long MAX_ACCOUNT_SAMPLES = 35_000;

  /// @throws IllegalArgumentException when `maxConcurrency` is below 1
  public SubmitterConfig {
    requireConcurrency(maxConcurrency);
  }

  /// The one check of `--submitter-max-concurrency`, also run where the agent's flags are read.
  ///
  /// @param maxConcurrency circuits submitted at the same time
  /// @throws IllegalArgumentException when below 1 (the message names the flag)
  public static void requireConcurrency(int maxConcurrency) {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "--submitter-max-concurrency must be at least 1, got " + maxConcurrency);
    }
  }

  /// @param samplingIntervalMicros the probe interval in µs
  /// @param settle wait after an unknown outcome
  /// @return the reference's batch size and account limit, compaction above 8 MiB, one circuit at a
  ///   time
  public static SubmitterConfig of(long samplingIntervalMicros, Duration settle) {
    return new SubmitterConfig(
        samplingIntervalMicros, BATCH_SIZE, MAX_ACCOUNT_SAMPLES, settle, 8L << 20, 1);
  }

  /// @param n circuits submitted at the same time (at least 1)
  /// @return this configuration with `maxConcurrency` = `n`
  public SubmitterConfig withMaxConcurrency(int n) {
    return new SubmitterConfig(
        samplingIntervalMicros, batchSize, maxAccountSamples, settle, compactAboveBytes, n);
  }
}
