package doublezero.sdk.geolocation.state;

import doublezero.sdk.fields.HasFields;

/// A decoded geolocation program account (`reference/telemetry-geolocation.md` §D.2–D.5). Decode
/// any of them with [GeolocationAccounts#decode(byte[])].
public sealed interface GeolocationAccount extends HasFields
    permits GeolocationProgramConfig, GeoProbe, GeolocationUser {
  /// @return the account type byte this account carries
  GeolocationAccountType accountType();

  /// @return the account data as the program lays it out
  byte[] encode();
}
