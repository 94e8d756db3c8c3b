package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Account data cut at every offset (reference `serviceability-state.md` §2.2): a cut at a field boundary decodes
/// with the missing fields at their defaults, a cut inside a field throws [DecodeException], nothing else happens.
class TruncationTest {

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyCutDecodesWithDefaultsOrThrowsDecodeException(String name) {
    byte[] data = Fixtures.bin(name);
    int decodedCuts = 0;
    for (int cut = 0; cut < data.length; cut++) {
      byte[] prefix = Arrays.copyOf(data, cut);
      ServiceabilityAccount account;
      try {
        account = ServiceabilityAccounts.decode(prefix);
      } catch (DecodeException e) {
        assertThat(e.offset()).as("%s cut at %d: %s", name, cut, e.getMessage()).isBetween(0, cut);
        continue;
      }
      decodedCuts++;
      // What was present is kept; only the missing tail took defaults.
      byte[] again = account.encode();
      assertThat(again.length).as("%s cut at %d", name, cut).isGreaterThanOrEqualTo(cut);
      assertThat(Arrays.copyOf(again, cut)).as("%s cut at %d", name, cut).isEqualTo(prefix);
    }
    assertThat(decodedCuts).as("%s: some cut must fall on a field boundary", name).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachRecordsOwnDecoderRefusesEmptyData(String name) throws Exception {
    Class<?> type = ServiceabilityAccounts.decode(Fixtures.bin(name)).getClass();
    java.lang.reflect.Method decode = type.getMethod("decode", byte[].class);
    assertThatThrownBy(() -> {
          try {
            decode.invoke(null, (Object) new byte[0]);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        })
        .isInstanceOfSatisfying(DecodeException.class, e -> {
          assertThat(e.field()).isEqualTo("account_type");
          assertThat(e.type()).isEqualTo(type.getSimpleName());
        });
  }

  @org.junit.jupiter.api.Test
  void onlyTheAccountTypeByteGivesAnAllDefaultAccount() {
    Device d = Device.decode(new byte[] {5});
    assertThat(d.code()).isEmpty();
    assertThat(d.interfaces()).isEmpty();
    assertThat(d.deviceHealth()).isEqualTo(DeviceHealth.PENDING);
    Link l = Link.decode(new byte[] {6});
    assertThat(l.linkType()).isEqualTo(LinkLinkType.WAN);
    assertThat(l.linkHealth()).isEqualTo(LinkHealth.PENDING);
    GlobalConfig g = GlobalConfig.decode(new byte[] {2});
    assertThat(g.nextBgpCommunity()).isEqualTo(10000);
  }
}
