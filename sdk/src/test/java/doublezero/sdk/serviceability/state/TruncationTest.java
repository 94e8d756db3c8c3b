package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Every golden fixture cut at every offset (reference `serviceability-state.md` §2.2, §9;
/// [AccountPrefixes]): a cut on a field boundary at or past the account type's required fields
/// decodes, with the present fields unchanged, the missing ones at their documented defaults, and a
/// full-length re-encoding; every other cut throws [DecodeException], never another exception and
/// never a value.
class TruncationTest {

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyCutDecodesExactlyWhenItEndsOnABoundaryPastTheRequiredFields(String name) {
    byte[] data = Fixtures.bin(name);
    ServiceabilityAccount full = ServiceabilityAccounts.decode(data);
    long boundaries =
        Arrays.stream(AccountPrefixes.fieldEnds(full))
            .filter(e -> e >= AccountPrefixes.requiredEnd(full))
            .count();
    int decoded = 0;
    for (int cut = 0; cut <= data.length; cut++) {
      if (AccountPrefixes.check(name, full, data, cut)) {
        decoded++;
      }
    }
    if (full instanceof ResourceExtension) {
      assertThat(decoded).isEqualTo(data.length - ResourceExtension.BITMAP_OFFSET + 1);
    } else {
      assertThat(decoded)
          .as("%s: one decoding cut per boundary past the required fields", name)
          .isEqualTo(boundaries);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachRecordsOwnDecoderRefusesEmptyData(String name) throws Exception {
    Class<?> type = ServiceabilityAccounts.decode(Fixtures.bin(name)).getClass();
    java.lang.reflect.Method decode = type.getMethod("decode", byte[].class);
    assertThatThrownBy(
            () -> {
              try {
                decode.invoke(null, (Object) new byte[0]);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            })
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.field()).isEqualTo("account_type");
              assertThat(e.type()).isEqualTo(type.getSimpleName());
            });
  }

  /// The program would decode a lone type byte to an all-default account (its
  /// `test_state_*_try_from_defaults`); no program version wrote one, so we refuse it
  /// (docs/compatibility.md).
  @Test
  void onlyTheAccountTypeByteIsRefusedNamingTheFirstRequiredField() {
    assertThatThrownBy(() -> Device.decode(new byte[] {5}))
        .isInstanceOf(DecodeException.class)
        .hasMessage("Device.owner at offset 1: account ends before required field");
    assertThatThrownBy(() -> GlobalConfig.decode(new byte[] {2}))
        .hasMessage("GlobalConfig.owner at offset 1: account ends before required field");
    assertThatThrownBy(() -> Link.decode(new byte[] {6}))
        .hasMessage("Link.owner at offset 1: account ends before required field");
  }

  @Test
  void deviceCutRightAfterOwnerIsRefused() {
    byte[] data = Arrays.copyOf(Fixtures.bin("device"), 33);
    assertThatThrownBy(() -> Device.decode(data))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.field()).isEqualTo("index");
              assertThat(e.offset()).isEqualTo(33);
            })
        .hasMessageContaining("account ends before required field");
  }

  @Test
  void aRequiredFieldCutShortStillReportsTheShortRead() {
    byte[] data = Arrays.copyOf(Fixtures.bin("device"), 40);
    assertThatThrownBy(() -> Device.decode(data))
        .hasMessage("Device.index at offset 33: needs 16 bytes, 7 remain");
  }
}
