package doublezero.localnet.programs.serviceability.link;

import java.util.Optional;

/// A private, minimal port of `validate_account_code` (`smartcontract/programs/common/src/validate_account_code.rs`)
/// for the link processors, until the shared port lands: every character must be Unicode alphanumeric (Rust
/// `char::is_alphanumeric`: the Alphabetic property or a numeric general category), `:`, `_` or `-`. Case is kept;
/// the link processors then lowercase ASCII letters only (`make_ascii_lowercase`).
final class AccountCode {
  private AccountCode() {}

  /// @return the code with ASCII letters lowercased, or empty when a character is not allowed (the caller maps
  ///     that to `InvalidAccountCode`, 19)
  static Optional<String> normalizeLowercase(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); ) {
      int cp = code.codePointAt(i);
      if (!allowed(cp)) {
        return Optional.empty();
      }
      out.appendCodePoint(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
      i += Character.charCount(cp);
    }
    return Optional.of(out.toString());
  }

  private static boolean allowed(int cp) {
    if (cp == ':' || cp == '_' || cp == '-') {
      return true;
    }
    int type = Character.getType(cp);
    return Character.isAlphabetic(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
