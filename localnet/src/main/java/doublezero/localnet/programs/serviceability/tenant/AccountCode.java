package doublezero.localnet.programs.serviceability.tenant;

/// `validate_account_code` (`COMMON/validate_account_code.rs`): a code is valid when every character is Unicode
/// alphanumeric (Rust `char::is_alphanumeric`: Alphabetic, or general category Nd/Nl/No), `:`, `_` or `-`. Case is
/// kept. The empty code is valid.
final class AccountCode {
  private AccountCode() {}

  static boolean isValid(String code) {
    return code.codePoints().allMatch(c -> c == ':' || c == '_' || c == '-' || Character.isAlphabetic(c)
        || switch (Character.getType(c)) {
          case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
          default -> false;
        });
  }
}
