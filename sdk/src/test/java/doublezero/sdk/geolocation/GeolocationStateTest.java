package doublezero.sdk.geolocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.geolocation.state.GeoLocationTargetType;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.state.GeolocationAccount;
import doublezero.sdk.geolocation.state.GeolocationAccountType;
import doublezero.sdk.geolocation.state.GeolocationAccounts;
import doublezero.sdk.geolocation.state.GeolocationBillingConfig;
import doublezero.sdk.geolocation.state.GeolocationPaymentStatus;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.geolocation.state.GeolocationTarget;
import doublezero.sdk.geolocation.state.GeolocationUser;
import doublezero.sdk.geolocation.state.GeolocationUserStatus;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Geolocation account layouts (`reference/telemetry-geolocation.md` §D.2–D.5), bytes written by
/// hand.
class GeolocationStateTest {
  static PublicKey key(int first) {
    byte[] b = new byte[32];
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  static String keyHex(int first) {
    return String.format("%02x", first) + "00".repeat(31);
  }

  static final GeoProbe PROBE =
      new GeoProbe(
          key(0x10),
          key(0x11),
          Ipv4Address.parse("203.0.113.7"),
          8923,
          key(0x12),
          3,
          "probe-ams-01",
          List.of(key(0x20), key(0x21)));
  static final String PROBE_HEX =
      "02"
          + keyHex(0x10)
          + keyHex(0x11)
          + "cb007107"
          + "db22"
          + keyHex(0x12)
          + "03000000"
          + "0c000000"
          + Hex.of("probe-ams-01".getBytes())
          + "02000000"
          + keyHex(0x20)
          + keyHex(0x21);

  static final GeolocationUser USER =
      new GeolocationUser(
          key(0x30),
          "user-01",
          key(0x31),
          GeolocationPaymentStatus.PAID,
          new GeolocationBillingConfig.FlatPerEpoch(1000, 77),
          GeolocationUserStatus.SUSPENDED,
          List.of(
              new GeolocationTarget(
                  GeoLocationTargetType.OUTBOUND,
                  Ipv4Address.parse("8.8.8.8"),
                  8923,
                  PublicKey.DEFAULT,
                  key(0x32)),
              new GeolocationTarget(
                  GeoLocationTargetType.INBOUND,
                  Ipv4Address.UNSPECIFIED,
                  0,
                  key(0x33),
                  key(0x32))));
  static final String USER_HEX =
      "03"
          + keyHex(0x30)
          + "07000000"
          + Hex.of("user-01".getBytes())
          + keyHex(0x31)
          + "01"
          + "00"
          + "e803000000000000"
          + "4d00000000000000"
          + "01"
          + "02000000"
          + "00"
          + "08080808"
          + "db22"
          + "00".repeat(32)
          + keyHex(0x32)
          + "01"
          + "00000000"
          + "0000"
          + keyHex(0x33)
          + keyHex(0x32);

  @Test
  void programConfigLayout() {
    byte[] bytes = Hex.bytes("01 fe 03000000 01000000");
    GeolocationProgramConfig c = GeolocationProgramConfig.decode(bytes);
    assertThat(c).isEqualTo(new GeolocationProgramConfig(254, 3, 1));
    assertThat(c.encode()).isEqualTo(bytes);
    assertThat(GeolocationAccounts.decode(bytes)).isEqualTo(c);
    assertThat(GeolocationProgramConfig.decode(Arrays.copyOf(bytes, 14)))
        .as("trailing ignored")
        .isEqualTo(c);
  }

  /// The program would default a missing tail, but the account has had one 10-byte layout since it
  /// was added (reference commit 1431d0324): every shorter prefix is refused
  /// (docs/compatibility.md).
  @Test
  void programConfigRequiresEveryField() {
    byte[] full = Hex.bytes("01 fe 03000000 01000000");
    for (int len = 0; len < full.length; len++) {
      byte[] prefix = Arrays.copyOf(full, len);
      assertThatThrownBy(() -> GeolocationProgramConfig.decode(prefix))
          .as("len %d", len)
          .isInstanceOf(DecodeException.class);
    }
    assertThatThrownBy(() -> GeolocationProgramConfig.decode(Arrays.copyOf(full, 6)))
        .hasMessage(
            "GeolocationProgramConfig.min_compatible_version at offset 6: account ends before"
                + " required field");
  }

  @Test
  void geoProbeLayout() {
    byte[] bytes = Hex.bytes(PROBE_HEX);
    assertThat(bytes).hasSize(191);
    assertThat(PROBE.encode()).isEqualTo(bytes);
    assertThat(GeoProbe.decode(bytes)).isEqualTo(PROBE);
    // the newer layout appends target_update_count u32; v0.12.0's deserialize ignores it
    assertThat(GeoProbe.decode(Hex.bytes(PROBE_HEX + "2a000000"))).isEqualTo(PROBE);
    assertThat(PROBE.fields())
        .extracting(f -> f.name())
        .containsExactly(
            "account_type",
            "owner",
            "exchange_pk",
            "public_ip",
            "location_offset_port",
            "metrics_publisher_pk",
            "reference_count",
            "code",
            "parent_devices");
  }

  @Test
  void geolocationUserLayout() {
    byte[] bytes = Hex.bytes(USER_HEX);
    assertThat(bytes).hasSize(1 + 32 + 4 + 7 + 32 + 1 + 17 + 1 + 4 + 2 * GeolocationTarget.SIZE);
    assertThat(USER.encode()).isEqualTo(bytes);
    assertThat(GeolocationUser.decode(bytes)).isEqualTo(USER);
    assertThat(GeolocationAccounts.decode(bytes)).isEqualTo(USER);
  }

  @Test
  void strictAccountsRejectEveryTruncation() {
    for (byte[] full : List.of(Hex.bytes(PROBE_HEX), Hex.bytes(USER_HEX))) {
      for (int len = 0; len < full.length; len++) {
        byte[] prefix = Arrays.copyOf(full, len);
        assertThatThrownBy(() -> GeolocationAccounts.decode(prefix))
            .as("len %d", len)
            .isInstanceOf(DecodeException.class);
      }
    }
  }

  @Test
  void unknownEnumBytesAreRejected() {
    int paymentAt = 1 + 32 + 4 + 7 + 32;
    assertRejected(USER_HEX, paymentAt, 2, "payment_status");
    assertRejected(USER_HEX, paymentAt + 1, 1, "billing");
    assertRejected(USER_HEX, paymentAt + 18, 2, "status");
    assertRejected(USER_HEX, paymentAt + 19 + 4, 2, "target_type");
    assertRejected(PROBE_HEX, 0, 0, "account_type");
    byte[] probeAsUser = Hex.bytes(PROBE_HEX);
    probeAsUser[0] = 3;
    assertThatThrownBy(() -> GeoProbe.decode(probeAsUser))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(
            "GeoProbe.account_type at offset 0: expected GeoProbe, found GeolocationUser");
  }

  private static void assertRejected(String hex, int offset, int value, String field) {
    byte[] bytes = Hex.bytes(hex);
    bytes[offset] = (byte) value;
    assertThatThrownBy(() -> GeolocationAccounts.decode(bytes))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("offset " + offset);
  }

  @Test
  void dispatchRejectsNoneUnknownAndEmpty() {
    for (byte[] bad :
        List.of(new byte[0], new byte[] {0}, new byte[] {4}, new byte[] {(byte) 0xFF})) {
      assertThatThrownBy(() -> GeolocationAccounts.decode(bad)).isInstanceOf(DecodeException.class);
    }
    assertThat(GeolocationAccountType.GEO_PROBE.toString()).isEqualTo("geoprobe");
    assertThat(GeolocationAccountType.fromWire(3))
        .isEqualTo(GeolocationAccountType.GEOLOCATION_USER);
  }

  @Property
  void everyAccountRoundTrips(@ForAll("accounts") GeolocationAccount account) {
    byte[] bytes = account.encode();
    assertThat(GeolocationAccounts.decode(bytes)).isEqualTo(account);
    assertThat(bytes[0] & 0xFF).isEqualTo(account.accountType().wireValue());
  }

  @Provide
  Arbitrary<GeolocationAccount> accounts() {
    return Arbitraries.oneOf(
        GeolocationArbitraries.config(),
        GeolocationArbitraries.probe(),
        GeolocationArbitraries.user());
  }
}
