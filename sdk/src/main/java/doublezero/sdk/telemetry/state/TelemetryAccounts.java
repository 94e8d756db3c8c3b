package doublezero.sdk.telemetry.state;

import doublezero.sdk.borsh.DecodeException;

/// Decodes any telemetry account by its type byte (`reference/telemetry-geolocation.md` §A.1).
public final class TelemetryAccounts {
  private TelemetryAccounts() {}

  /// @param data the account data
  /// @return the decoded account
  /// @throws DecodeException when the data is empty, the type byte is unknown, the type is
  ///   `InternetLatencySamplesV0` (no layout exists in the reference), or the body does not decode
  public static TelemetryAccount decode(byte[] data) {
    if (data.length == 0) {
      throw new DecodeException("TelemetryAccount", "account_type", 0, "empty account data");
    }
    TelemetryAccountType type = TelemetryAccountType.fromWire(data[0] & 0xFF);
    if (type == null) {
      throw new DecodeException(
          "TelemetryAccount", "account_type", 0, "unknown discriminant " + (data[0] & 0xFF));
    }
    return switch (type) {
      case DEVICE_LATENCY_SAMPLES_V0 -> DeviceLatencySamplesV0.decode(data);
      case INTERNET_LATENCY_SAMPLES_V0 ->
          throw new DecodeException(
              "TelemetryAccount",
              "account_type",
              0,
              "InternetLatencySamplesV0 has no known layout");
      case DEVICE_LATENCY_SAMPLES -> DeviceLatencySamples.decode(data);
      case INTERNET_LATENCY_SAMPLES -> InternetLatencySamples.decode(data);
    };
  }
}
