package doublezero.cli.telemetry.data;

import java.time.Duration;

/// Which samples a report covers: whole epochs, or the samples taken in the last span of time.
public sealed interface SampleWindow {
  /// Every sample of the accounts of these epochs.
  ///
  /// @param span the epochs
  record Epochs(EpochSpan span) implements SampleWindow {}

  /// The samples whose time lies in `[nowMicros − length, nowMicros]`, whatever epoch holds them.
  ///
  /// @param length the span of time (`--recent-time`)
  /// @param nowMicros the end of the window, µs since the UNIX epoch
  record Recent(Duration length, long nowMicros) implements SampleWindow {
    /// @return the start of the window, µs since the UNIX epoch
    public long fromMicros() {
      return nowMicros - length.toNanos() / 1000;
    }
  }
}
