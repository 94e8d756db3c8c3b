package doublezero.localnet.programs.serviceability;

import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import java.util.Optional;

/// The reference's account-code check
/// (`smartcontract/programs/common/src/validate_account_code.rs`, `validate_account_code`), used by
/// every Create/Update processor that takes a `code` (location, exchange, contributor, device,
/// link, multicast group, ...).
///
/// At v0.12.0 it only validates: every Unicode scalar must be alphanumeric in Rust's sense
/// (`char::is_alphanumeric`: the Unicode `Alphabetic` property, or general category `Nd`, `Nl` or
/// `No`) or one of `:`, `_`, `-`. The accepted code is returned unchanged (case preserved, nothing
/// trimmed). The empty string is accepted (the fold over zero chars succeeds); length limits are
/// the state rules' business (e.g. `LocationRules`, code ≤ 32 bytes).
public final class AccountCode {
  private AccountCode() {}

  /// Validates `code` as the reference does.
  ///
  /// @param code the code from the instruction arguments
  /// @return the code to store (identical to the input when valid), or empty when a character is
  ///   not allowed
  public static Optional<String> normalize(String code) {
    int i = 0;
    while (i < code.length()) {
      int cp = code.codePointAt(i);
      if (!allowed(cp)) {
        return Optional.empty();
      }
      i += Character.charCount(cp);
    }
    return Optional.of(code);
  }

  /// `validate_account_code(&code).map_err(|_| DoubleZeroError::InvalidAccountCode)?` as written in
  /// the serviceability processors.
  ///
  /// @param code the code from the instruction arguments
  /// @return the code to store
  /// @throws ProgramException `Custom(19)` (`InvalidAccountCode`) when a character is not allowed
  public static String require(Invocation inv, String code) throws ProgramException {
    Optional<String> valid = normalize(code);
    if (valid.isEmpty()) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE);
    }
    return valid.get();
  }

  /// @return whether `cp` is allowed in a code: Rust `char::is_alphanumeric() || c == ':' || c ==
  ///   '_' || c == '-'`
  public static boolean allowed(int cp) {
    if (cp == ':' || cp == '_' || cp == '-') {
      return true;
    }
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /// Rust `str::to_ascii_lowercase`, which the device and link processors apply after validation
  /// (§9.14): only `A`–`Z` change.
  ///
  /// @param code a validated code
  /// @return the code with ASCII capitals lowered
  public static String asciiLowercase(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    code.chars().forEach(c -> sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) c));
    return sb.toString();
  }
}
