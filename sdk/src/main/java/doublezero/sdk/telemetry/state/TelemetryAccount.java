package doublezero.sdk.telemetry.state;

import doublezero.sdk.fields.HasFields;

/// A decoded telemetry program account (`reference/telemetry-geolocation.md` §A.1–A.4). Decode any
/// of them with [TelemetryAccounts#decode(byte[])].
public sealed interface TelemetryAccount extends HasFields
    permits DeviceLatencySamples, InternetLatencySamples, DeviceLatencySamplesV0 {
  /// @return the account type byte this account carries
  TelemetryAccountType accountType();

  /// @return the account data, byte for byte as the program lays it out
  byte[] encode();
}
