package doublezero.sdk.telemetry.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.HasFields;
import doublezero.sdk.telemetry.state.RttSamples;

/// An instruction of the telemetry program (`reference/telemetry-geolocation.md` §A.6,
/// `src/instructions.rs`).
///
/// Data = 1 index byte + the variant's Borsh arguments. The program parses the arguments
/// incrementally (`BorshDeserializeIncremental`): arguments missing exactly at the end take their
/// defaults (0, "", no samples), a partly present argument is an error, and bytes after the last
/// argument are ignored. [#decode(byte[])] does the same; [#encode()] always writes every argument.
public sealed interface TelemetryInstruction extends HasFields
    permits InitializeDeviceLatencySamples,
        WriteDeviceLatencySamples,
        InitializeInternetLatencySamples,
        WriteInternetLatencySamples {

  /// @return this variant's index byte
  TelemetryInstructionTag tag();

  /// @return the instruction data: index byte + Borsh arguments
  default byte[] encode() {
    BorshWriter w = new BorshWriter().u8(tag().index());
    switch (this) {
      case InitializeDeviceLatencySamples i ->
          w.u64(i.epoch()).u64(i.samplingIntervalMicroseconds());
      case WriteDeviceLatencySamples i -> {
        w.u64(i.startTimestampMicroseconds());
        i.samples().writeVec(w);
      }
      case InitializeInternetLatencySamples i ->
          w.string(i.dataProviderName()).u64(i.epoch()).u64(i.samplingIntervalMicroseconds());
      case WriteInternetLatencySamples i -> {
        w.u64(i.startTimestampMicroseconds());
        i.samples().writeVec(w);
      }
    }
    return w.toByteArray();
  }

  /// @param data instruction data
  /// @return the instruction
  /// @throws DecodeException when the data is empty, the index is not 0..3, or an argument is
  ///   partly present or not valid UTF-8
  static TelemetryInstruction decode(byte[] data) {
    if (data.length == 0) {
      throw new DecodeException("TelemetryInstruction", "index", 0, "empty instruction data");
    }
    TelemetryInstructionTag tag = TelemetryInstructionTag.fromIndex(data[0] & 0xFF);
    if (tag == null) {
      throw new DecodeException(
          "TelemetryInstruction", "index", 0, "unknown instruction index " + (data[0] & 0xFF));
    }
    BorshReader r = BorshReader.lenient(data, tag.variantName());
    r.u8("index");
    r.optionalFromHere(); // the program defaults every argument missing at the end
    return switch (tag) {
      case INITIALIZE_DEVICE_LATENCY_SAMPLES ->
          new InitializeDeviceLatencySamples(
              r.u64("epoch"), r.u64("sampling_interval_microseconds"));
      case WRITE_DEVICE_LATENCY_SAMPLES -> {
        long start = r.u64("start_timestamp_microseconds");
        yield new WriteDeviceLatencySamples(start, RttSamples.readVec(r, "samples"));
      }
      case INITIALIZE_INTERNET_LATENCY_SAMPLES -> {
        String name = r.string("data_provider_name");
        long epoch = r.u64("epoch");
        yield new InitializeInternetLatencySamples(
            name, epoch, r.u64("sampling_interval_microseconds"));
      }
      case WRITE_INTERNET_LATENCY_SAMPLES -> {
        long start = r.u64("start_timestamp_microseconds");
        yield new WriteInternetLatencySamples(start, RttSamples.readVec(r, "samples"));
      }
    };
  }
}
