package doublezero.sdk.geolocation.state;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.DecodeException;

/// Decodes any geolocation account by its type byte (`reference/telemetry-geolocation.md` §D.2).
public final class GeolocationAccounts {
  private GeolocationAccounts() {}

  /// @param data the account data
  /// @return the decoded account
  /// @throws DecodeException when the data is empty, the type byte is `None` (0) or unknown, or the
  ///   body does not decode
  public static GeolocationAccount decode(byte[] data) {
    if (data.length == 0) {
      throw new DecodeException("GeolocationAccount", "account_type", 0, "empty account data");
    }
    GeolocationAccountType type = GeolocationAccountType.fromWire(data[0] & 0xFF);
    if (type == null) {
      throw new DecodeException(
          "GeolocationAccount", "account_type", 0, "unknown discriminant " + (data[0] & 0xFF));
    }
    return switch (type) {
      case NONE ->
          throw new DecodeException("GeolocationAccount", "account_type", 0, "account type None");
      case PROGRAM_CONFIG -> GeolocationProgramConfig.decode(data);
      case GEO_PROBE -> GeoProbe.decode(data);
      case GEOLOCATION_USER -> GeolocationUser.decode(data);
    };
  }

  /// Reads `account_type` and checks it is `expected`.
  static void expect(BorshReader r, GeolocationAccountType expected) {
    int at = r.offset();
    GeolocationAccountType found =
        r.enumU8("account_type", GeolocationAccountType::fromWire, GeolocationAccountType.NONE);
    if (found != expected) {
      throw new DecodeException(
          r.type(),
          "account_type",
          at,
          "expected " + expected.variantName() + ", found " + found.variantName());
    }
  }
}
