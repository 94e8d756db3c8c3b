package doublezero.localnet.programs.serviceability.exchange;

import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.charset.StandardCharsets;

/// `impl Validate for Exchange` (`STATE/exchange.rs`; `serviceability-instructions.md` §3.3), in
/// the reference's order. Lengths are UTF-8 byte lengths; NaN coordinates pass the range checks as
/// in Rust. The account-type rule holds by construction.
public final class ExchangeRules {
  /// `BGP_COMMUNITY_MIN` (`STATE/exchange.rs`).
  public static final int BGP_COMMUNITY_MIN = 10000;

  /// `BGP_COMMUNITY_MAX` (`STATE/exchange.rs`).
  public static final int BGP_COMMUNITY_MAX = 10999;

  private ExchangeRules() {}

  /// Checks an Exchange before it is written.
  ///
  /// @throws ProgramException `CodeTooLong` (34) over 32 bytes, `NameTooLong` (39) over 64 bytes,
  ///   `InvalidLatitude` (40), `InvalidLongitude` (41), `InvalidBgpCommunity` (55) unless 0 or in
  ///   10000..=10999, `InvalidDevicePubkey` (6) when both device slots hold the same non-default
  ///   key
  public static void validate(Invocation inv, Exchange value) throws ProgramException {
    if (bytes(value.code()) > 32) {
      inv.log("Invalid code length: " + bytes(value.code()));
      throw inv.error(ServiceabilityError.CODE_TOO_LONG);
    }
    if (bytes(value.name()) > 64) {
      inv.log("Invalid name length: " + bytes(value.name()));
      throw inv.error(ServiceabilityError.NAME_TOO_LONG);
    }
    if (value.lat() < -90.0 || value.lat() > 90.0) {
      inv.log("Invalid latitude: " + value.lat());
      throw inv.error(ServiceabilityError.INVALID_LATITUDE);
    }
    if (value.lng() < -180.0 || value.lng() > 180.0) {
      inv.log("Invalid longitude: " + value.lng());
      throw inv.error(ServiceabilityError.INVALID_LONGITUDE);
    }
    int community = value.bgpCommunity();
    if (community != 0 && (community < BGP_COMMUNITY_MIN || community > BGP_COMMUNITY_MAX)) {
      inv.log("Invalid BGP community: " + community);
      throw inv.error(ServiceabilityError.INVALID_BGP_COMMUNITY);
    }
    if (!value.device1Pk().equals(PublicKey.DEFAULT)
        && value.device1Pk().equals(value.device2Pk())) {
      inv.log("Invalid device pubkeys: device1_pk and device2_pk must be different");
      throw inv.error(ServiceabilityError.INVALID_DEVICE_PUBKEY);
    }
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
