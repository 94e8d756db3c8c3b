package doublezero.sdk.telemetry.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.borsh.DiscriminantTable;

/// The first byte of every telemetry account (`reference/telemetry-geolocation.md` §A.1,
/// `src/state/accounttype.rs`). The Rust `Display` string equals the variant name.
public enum TelemetryAccountType {
  /// 1: legacy device samples with a bump byte (read-only, [DeviceLatencySamplesV0]).
  DEVICE_LATENCY_SAMPLES_V0(1, "DeviceLatencySamplesV0"),
  /// 2: legacy internet samples; the reference has no layout for it.
  INTERNET_LATENCY_SAMPLES_V0(2, "InternetLatencySamplesV0"),
  /// 3: current device samples ([DeviceLatencySamples]).
  DEVICE_LATENCY_SAMPLES(3, "DeviceLatencySamples"),
  /// 4: current internet samples ([InternetLatencySamples]).
  INTERNET_LATENCY_SAMPLES(4, "InternetLatencySamples");

  private static final DiscriminantTable<TelemetryAccountType> BY_WIRE =
      DiscriminantTable.of(values(), v -> v.wireValue);

  private final int wireValue;
  private final String variantName;

  TelemetryAccountType(int wireValue, String variantName) {
    this.wireValue = wireValue;
    this.variantName = variantName;
  }

  /// @return the discriminant byte, 1..4
  public int wireValue() {
    return wireValue;
  }

  /// @return the Rust variant name, e.g. `DeviceLatencySamples`
  public String variantName() {
    return variantName;
  }

  /// @param wire a discriminant byte
  /// @return the type, or null when unknown
  public static TelemetryAccountType fromWire(int wire) {
    return BY_WIRE.get(wire);
  }

  /// @return the Rust `Display` string (the variant name)
  @Override
  public String toString() {
    return variantName;
  }

  /// Reads the `account_type` byte and checks it is `expected`.
  ///
  /// @throws DecodeException when the byte is missing, unknown, or another type
  static void expect(BorshReader r, TelemetryAccountType expected) {
    int at = r.offset();
    TelemetryAccountType found = r.enumU8("account_type", TelemetryAccountType::fromWire, null);
    if (found != expected) {
      throw new DecodeException(
          r.type(), "account_type", at, "expected " + expected + ", found " + found);
    }
  }
}
