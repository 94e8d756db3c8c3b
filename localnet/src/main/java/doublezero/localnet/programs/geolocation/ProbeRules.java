package doublezero.localnet.programs.geolocation;

import doublezero.sdk.geolocation.error.GeolocationError;
import doublezero.sdk.net.Ipv4Address;
import java.nio.charset.StandardCharsets;

/// The argument rules of CreateGeoProbe and UpdateGeoProbe: code length and characters
/// (`src/validation.rs::validate_code_length`, `common/src/validate_account_code.rs`) and the
/// public-IP rule (`src/validation.rs::validate_public_ip`; `reference/telemetry-geolocation.md`
/// §D.6).
final class ProbeRules {
  private static final int MAX_CODE_LENGTH = 32;

  private ProbeRules() {}

  /// @return null when the code is 1..32 UTF-8 bytes, else [GeolocationError#INVALID_CODE_LENGTH]
  static GeolocationError codeLength(String code) {
    int n = code.getBytes(StandardCharsets.UTF_8).length;
    return n == 0 || n > MAX_CODE_LENGTH ? GeolocationError.INVALID_CODE_LENGTH : null;
  }

  /// Rust `char::is_alphanumeric` (Unicode Alphabetic, or general category Nd/Nl/No) or `:` `_`
  /// `-`; case is kept.
  ///
  /// @return whether every character is allowed
  static boolean codeCharacters(String code) {
    return code.codePoints()
        .allMatch(
            c -> c == ':' || c == '_' || c == '-' || Character.isAlphabetic(c) || isNumeric(c));
  }

  private static boolean isNumeric(int c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /// @return whether the address is publicly routable by the reference's list: not 0/8, 127/8,
  ///   10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, 192.0.0/24, 192.0.2/24, 198.18/15,
  ///   198.51.100/24, 203.0.113/24, 224/4, 240/4 or 255.255.255.255
  static boolean isPublic(Ipv4Address ip) {
    int v = ip.value();
    int a = (v >>> 24) & 0xFF;
    int b = (v >>> 16) & 0xFF;
    int c = (v >>> 8) & 0xFF;
    return !(a == 0
        || a == 127
        || a == 10
        || (a == 172 && b >= 16 && b <= 31)
        || (a == 192 && b == 168)
        || (a == 100 && b >= 64 && b <= 127)
        || (a == 169 && b == 254)
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)
        || a >= 224);
  }
}
