package doublezero.localnet.programs.serviceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// `validate_account_code` cases of `smartcontract/programs/common/src/validate_account_code.rs`,
/// plus the Unicode classes Rust's `char::is_alphanumeric` admits.
class AccountCodeTest {
  @ParameterizedTest
  @ValueSource(strings = {"my_device:-01", "My_Device:-01", "", "ÄÖü", "東京", "Ⅻ", "½", "٣"})
  void acceptsAndKeepsUnchanged(String code) {
    assertEquals(Optional.of(code), AccountCode.normalize(code));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"myDevice/2", "myDevice 3", "myDevice@3", "a.b", "tab\t", "é\u0000", "emoji😀"})
  void rejects(String code) {
    assertFalse(AccountCode.normalize(code).isPresent());
  }

  @org.junit.jupiter.api.Test
  void supplementaryLettersAreOneCharacter() {
    assertTrue(AccountCode.allowed("𝔸".codePointAt(0)));
    assertFalse(AccountCode.allowed('.'));
  }

  @Test
  void asciiLowercaseChangesOnlyAsciiCapitals() {
    org.assertj.core.api.Assertions.assertThat(AccountCode.asciiLowercase("LA2-DZ01:Ä"))
        .isEqualTo("la2-dz01:Ä");
  }
}
