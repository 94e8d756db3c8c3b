package doublezero.localnet.programs.serviceability.location;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Location;
import java.nio.charset.StandardCharsets;

/// `impl Validate for Location` (`STATE/location.rs`; `serviceability-instructions.md` §3.2), in
/// the reference's order. Lengths are UTF-8 byte lengths (Rust `String::len`). Latitude and
/// longitude are compared as the reference does, so NaN passes both range checks. The account-type
/// rule holds by construction.
public final class LocationRules {
  private LocationRules() {}

  /// Checks a Location before it is written.
  ///
  /// @throws ProgramException `CodeTooLong` (34) for a code over 32 bytes, `NameTooLong` (39) over
  ///   64 bytes, `InvalidCountryCode` (43) unless the country is exactly 2 bytes, `InvalidLatitude`
  ///   (40) outside [-90, 90], `InvalidLongitude` (41) outside [-180, 180]
  public static void validate(Invocation inv, Location value) throws ProgramException {
    if (bytes(value.code()) > 32) {
      inv.log("Code too long: " + bytes(value.code()));
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
    if (bytes(value.name()) > 64) {
      inv.log("Name too long: " + bytes(value.name()));
      throw inv.error(ServiceabilityError.NAME_TOO_LONG);
    }
    if (bytes(value.country()) != 2) {
      inv.log("Invalid country code: " + value.country());
      throw inv.error(ServiceabilityError.INVALID_COUNTRY_CODE);
    }
    if (value.lat() < -90.0 || value.lat() > 90.0) {
      inv.log("Invalid latitude: " + value.lat());
      throw inv.error(ServiceabilityError.INVALID_LATITUDE);
    }
    if (value.lng() < -180.0 || value.lng() > 180.0) {
      inv.log("Invalid longitude: " + value.lng());
      throw inv.error(ServiceabilityError.INVALID_LONGITUDE);
    }
  }

  /// @return the UTF-8 byte length of `s` (Rust `String::len`)
  static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
