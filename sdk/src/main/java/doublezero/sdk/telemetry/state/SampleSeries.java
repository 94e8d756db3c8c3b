package doublezero.sdk.telemetry.state;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.FieldsBuilder;

/// The sampling fields that close every latency-samples account, in wire order
/// (`reference/telemetry-geolocation.md` §A.2–§A.4): `sampling_interval_microseconds` (u64),
/// `start_timestamp_microseconds` (u64), `next_sample_index` (u32, always the number of samples),
/// `_unused` (128 bytes), then the samples as raw u32s with no length prefix.
/// [DeviceLatencySamples], [DeviceLatencySamplesV0] and [InternetLatencySamples] differ only in the
/// header fields before these; they check, read, write and list these fields here.
///
/// @param samplingIntervalMicroseconds interval between samples in µs (u64)
/// @param startTimestampMicroseconds µs since the UNIX epoch of the first sample
/// @param unused the reserved 128 bytes (`_unused`)
/// @param samples RTT samples in µs
record SampleSeries(
    long samplingIntervalMicroseconds,
    long startTimestampMicroseconds,
    ReservedBytes unused,
    RttSamples samples) {
  /// The cap when the layout has none beyond the u32 `next_sample_index`.
  static final long NO_CAP = 0xFFFF_FFFFL;

  SampleSeries {
    check(unused, samples);
  }

  /// The checks every latency-samples account applies to these components.
  ///
  /// @throws NullPointerException for a null `unused` or `samples`
  /// @throws IllegalArgumentException when `unused` is not 128 bytes
  static void check(ReservedBytes unused, RttSamples samples) {
    requireNonNull(unused, "unused");
    requireNonNull(samples, "samples");
    if (unused.length() != ReservedBytes.TELEMETRY_UNUSED_LENGTH) {
      throw new IllegalArgumentException("_unused must be 128 bytes, got " + unused.length());
    }
  }

  /// Reads the fields and the samples from a reader positioned at `sampling_interval_microseconds`.
  ///
  /// @param r the reader (its type names the account in errors)
  /// @param maxSamples the largest `next_sample_index` the layout accepts, [#NO_CAP] for none
  /// @return the fields and samples
  /// @throws DecodeException when a field or sample is missing, or `next_sample_index` exceeds
  ///   `maxSamples`
  static SampleSeries read(BorshReader r, long maxSamples) {
    long interval = r.u64("sampling_interval_microseconds");
    long start = r.u64("start_timestamp_microseconds");
    int countAt = r.offset();
    long count = r.u32("next_sample_index");
    if (count > maxSamples) {
      throw new DecodeException(
          r.type(),
          "next_sample_index",
          countAt,
          count + " exceeds the maximum of " + maxSamples + " samples");
    }
    ReservedBytes unused =
        ReservedBytes.of(r.bytes("_unused", ReservedBytes.TELEMETRY_UNUSED_LENGTH));
    RttSamples samples = RttSamples.readRaw(r, "samples", count);
    return new SampleSeries(interval, start, unused, samples);
  }

  /// Writes the fields, `next_sample_index` = the sample count, then the raw samples: `148 + 4·n`
  /// bytes.
  ///
  /// @param w the writer, positioned after the account's own header fields
  void write(BorshWriter w) {
    w.u64(samplingIntervalMicroseconds)
        .u64(startTimestampMicroseconds)
        .u32(samples.size())
        .bytes(unused.toBytes());
    samples.writeRaw(w);
  }

  /// Appends the fields with their Rust names, `samples` last (a list of u32).
  ///
  /// @param b the builder holding the account's own header fields
  /// @return `b`
  FieldsBuilder addFields(FieldsBuilder b) {
    return b.u64("sampling_interval_microseconds", samplingIntervalMicroseconds)
        .u64("start_timestamp_microseconds", startTimestampMicroseconds)
        .u32("next_sample_index", samples.size())
        .add("_unused", unused.toFieldValue())
        .add("samples", samples.toFieldValue());
  }
}
