package doublezero.localnet.programs.serviceability.device;

import java.util.Optional;

/// Account-code sanitising (`validate_account_code`, `smartcontract/programs/common/src/validate_account_code.rs`):
/// every character must be alphanumeric in Rust's Unicode sense, or one of `:`, `_`, `-`. The code is returned
/// unchanged (case preserved); callers lowercase ASCII letters afterwards (`make_ascii_lowercase`).
///
/// A private, minimal copy for the device processors until the shared port of the common crate lands.
final class AccountCode {
  private AccountCode() {}

  /// @return the code when valid, empty otherwise (the callers map that to `InvalidAccountCode`, 19)
  static Optional<String> validate(String code) {
    boolean ok = code.codePoints().allMatch(c -> isAlphanumeric(c) || c == ':' || c == '_' || c == '-');
    return ok ? Optional.of(code) : Optional.empty();
  }

  /// @return the code with ASCII letters lowercased, other characters unchanged (`make_ascii_lowercase`)
  static String asciiLowercase(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    code.chars().forEach(c -> sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
    return sb.toString();
  }

  /// Rust `char::is_alphanumeric`: the Alphabetic property or a numeric general category (Nd, Nl, No).
  private static boolean isAlphanumeric(int c) {
    if (Character.isAlphabetic(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }
}
