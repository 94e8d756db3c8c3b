package doublezero.localnet.programs.serviceability.multicast;

import java.util.Optional;

/// `validate_account_code` (`COMMON/validate_account_code.rs`): an account code may hold only alphanumeric characters
/// (Rust `char::is_alphanumeric`: Unicode Alphabetic or Numeric, so non-ASCII letters and digits pass), `:`, `_` and
/// `-`; case is kept and the empty code is accepted.
///
/// Private stand-in for this package until the shared port lands (another helper owns it); replace the calls with
/// that one then.
final class AccountCodes {
  private AccountCodes() {}

  /// @param code the code as sent
  /// @return the normalised code (unchanged), or empty when a character is not allowed
  static Optional<String> normalize(String code) {
    boolean ok = code.codePoints().allMatch(AccountCodes::allowed);
    return ok ? Optional.of(code) : Optional.empty();
  }

  private static boolean allowed(int cp) {
    if (cp == ':' || cp == '_' || cp == '-' || Character.isAlphabetic(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
