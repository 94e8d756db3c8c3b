package doublezero.sdk.telemetry.instruction;

/// The first byte of telemetry instruction data: the variant index
/// (`reference/telemetry-geolocation.md` §A.6, `src/instructions.rs`).
public enum TelemetryInstructionTag {
  /// 0
  INITIALIZE_DEVICE_LATENCY_SAMPLES(0, "InitializeDeviceLatencySamples"),
  /// 1
  WRITE_DEVICE_LATENCY_SAMPLES(1, "WriteDeviceLatencySamples"),
  /// 2
  INITIALIZE_INTERNET_LATENCY_SAMPLES(2, "InitializeInternetLatencySamples"),
  /// 3
  WRITE_INTERNET_LATENCY_SAMPLES(3, "WriteInternetLatencySamples");

  private final int index;
  private final String variantName;

  TelemetryInstructionTag(int index, String variantName) {
    this.index = index;
    this.variantName = variantName;
  }

  /// @return the index byte, 0..3
  public int index() {
    return index;
  }

  /// @return the Rust variant name
  public String variantName() {
    return variantName;
  }

  /// @param index an index byte
  /// @return the tag, or null when the program rejects the index (`InvalidInstructionData`)
  public static TelemetryInstructionTag fromIndex(int index) {
    for (TelemetryInstructionTag t : values()) {
      if (t.index == index) {
        return t;
      }
    }
    return null;
  }
}
