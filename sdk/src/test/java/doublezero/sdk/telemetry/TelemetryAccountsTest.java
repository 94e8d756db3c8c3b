package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.DeviceLatencySamplesV0;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.sdk.telemetry.state.TelemetryAccount;
import doublezero.sdk.telemetry.state.TelemetryAccountType;
import doublezero.sdk.telemetry.state.TelemetryAccounts;
import doublezero.sdk.telemetry.state.TelemetryLimits;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Telemetry account codecs: hand-written golden layouts, strictness (truncation, trailing bytes,
/// type byte), and round trips.
class TelemetryAccountsTest {
  private static PublicKey key(int first) {
    byte[] b = new byte[32];
    b[0] = (byte) first;
    return PublicKey.of(b);
  }

  static DeviceLatencySamples device() {
    return new DeviceLatencySamples(
        19800,
        key(1),
        key(2),
        key(3),
        key(4),
        key(5),
        key(6),
        5_000_000,
        1_700_000_000_000_000L,
        ReservedBytes.ZERO_128,
        RttSamples.of(100, 200, 300, 400, 500));
  }

  static InternetLatencySamples internet() {
    return new InternetLatencySamples(
        19800,
        "RIPE Atlas",
        key(0x11),
        key(0x12),
        key(0x13),
        60_000_000,
        1_700_000_000_000_000L,
        ReservedBytes.ZERO_128,
        RttSamples.of(1000, 2000, 3000, 4000, 5000));
  }

  private static String zeros(int n) {
    return "00".repeat(n);
  }

  private static String keyHex(int first) {
    return String.format("%02x", first) + zeros(31);
  }

  @Test
  void deviceLayoutByHand() {
    String hex =
        "03"
            + "584d000000000000"
            + keyHex(1)
            + keyHex(2)
            + keyHex(3)
            + keyHex(4)
            + keyHex(5)
            + keyHex(6)
            + "404b4c0000000000"
            + "00401e18240a0600"
            + "05000000"
            + zeros(128)
            + "64000000"
            + "c8000000"
            + "2c010000"
            + "90010000"
            + "f4010000";
    byte[] bytes = Hex.bytes(hex);
    assertThat(bytes).hasSize(TelemetryLimits.DEVICE_LATENCY_SAMPLES_HEADER_SIZE + 20);
    assertThat(device().encode()).isEqualTo(bytes);
    assertThat(DeviceLatencySamples.decode(bytes)).isEqualTo(device());
  }

  @Test
  void internetLayoutByHand() {
    String hex =
        "04"
            + "584d000000000000"
            + "0a000000"
            + Hex.of("RIPE Atlas".getBytes())
            + keyHex(0x11)
            + keyHex(0x12)
            + keyHex(0x13)
            + "0087930300000000"
            + "00401e18240a0600"
            + "05000000"
            + zeros(128)
            + "e8030000"
            + "d0070000"
            + "b80b0000"
            + "a00f0000"
            + "88130000";
    byte[] bytes = Hex.bytes(hex);
    assertThat(bytes).hasSize(257 + 10 + 20);
    assertThat(internet().encode()).isEqualTo(bytes);
    assertThat(InternetLatencySamples.decode(bytes)).isEqualTo(internet());
  }

  @Test
  void v0HasABumpByteAfterTheType() {
    DeviceLatencySamples cur = device();
    DeviceLatencySamplesV0 v0 =
        new DeviceLatencySamplesV0(
            254,
            cur.epoch(),
            cur.originDeviceAgentPk(),
            cur.originDevicePk(),
            cur.targetDevicePk(),
            cur.originDeviceLocationPk(),
            cur.targetDeviceLocationPk(),
            cur.linkPk(),
            cur.samplingIntervalMicroseconds(),
            cur.startTimestampMicroseconds(),
            cur.unused(),
            cur.samples());
    byte[] expected = cur.encode();
    byte[] withBump = new byte[expected.length + 1];
    withBump[0] = 1;
    withBump[1] = (byte) 254;
    System.arraycopy(expected, 1, withBump, 2, expected.length - 1);
    assertThat(v0.encode()).isEqualTo(withBump);
    assertThat(TelemetryAccounts.decode(withBump)).isEqualTo(v0);
    assertThat(v0.toCurrent()).isEqualTo(cur);
    // Go decoder ignores bytes after the samples
    assertThat(DeviceLatencySamplesV0.decode(Arrays.copyOf(withBump, withBump.length + 3)))
        .isEqualTo(v0);
  }

  @Test
  void v0RejectsMoreThanTheMaximumSampleCount() {
    byte[] data = new byte[TelemetryLimits.DEVICE_LATENCY_SAMPLES_V0_HEADER_SIZE];
    data[0] = 1;
    int countAt = 1 + 1 + 8 + 6 * 32 + 8 + 8;
    data[countAt] = (byte) 0xB9; // 35001 = 0x88B9
    data[countAt + 1] = (byte) 0x88;
    assertThatThrownBy(() -> DeviceLatencySamplesV0.decode(data))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("next_sample_index at offset " + countAt);
  }

  @Test
  void everyTruncationThrowsDecodeException() {
    assertEveryPrefixFails(device().encode(), DeviceLatencySamples::decode);
    assertEveryPrefixFails(internet().encode(), InternetLatencySamples::decode);
    assertEveryPrefixFails(device().encode(), TelemetryAccounts::decode);
    assertEveryPrefixFails(internet().encode(), TelemetryAccounts::decode);
  }

  private static void assertEveryPrefixFails(byte[] full, Function<byte[], ?> decoder) {
    for (int len = 0; len < full.length; len++) {
      byte[] prefix = Arrays.copyOf(full, len);
      assertThatThrownBy(() -> decoder.apply(prefix))
          .as("prefix of %d bytes", len)
          .isInstanceOf(DecodeException.class);
    }
  }

  @Test
  void trailingBytesAreRejectedAsByFromSlice() {
    byte[] d = Arrays.copyOf(device().encode(), 370);
    assertThatThrownBy(() -> DeviceLatencySamples.decode(d))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("trailing");
    byte[] i = Arrays.copyOf(internet().encode(), 288);
    assertThatThrownBy(() -> InternetLatencySamples.decode(i))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void wrongOrUnknownTypeByteIsRejected() {
    byte[] d = device().encode();
    d[0] = 4;
    assertThatThrownBy(() -> DeviceLatencySamples.decode(d))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("DeviceLatencySamples.account_type at offset 0");
    for (int t : new int[] {0, 2, 5, 255}) {
      byte[] x = device().encode();
      x[0] = (byte) t;
      assertThatThrownBy(() -> TelemetryAccounts.decode(x))
          .as("type %d", t)
          .isInstanceOf(DecodeException.class);
    }
  }

  @Test
  void invalidUtf8ProviderNameIsRejected() {
    byte[] i = internet().encode();
    i[13] = (byte) 0xFF;
    assertThatThrownBy(() -> InternetLatencySamples.decode(i))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("data_provider_name");
  }

  @Test
  void hugeSampleCountFailsWithoutAllocating() {
    byte[] d = device().encode();
    int countAt = 1 + 8 + 6 * 32 + 8 + 8;
    d[countAt] = d[countAt + 1] = d[countAt + 2] = d[countAt + 3] = (byte) 0xFF;
    assertThatThrownBy(() -> DeviceLatencySamples.decode(d))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("DeviceLatencySamples.samples");
  }

  @Test
  void sizesAndTypes() {
    assertThat(TelemetryLimits.deviceLatencySamplesSize(35_000)).isEqualTo(140_349);
    assertThat(TelemetryLimits.internetLatencySamplesSize(32, 0))
        .isEqualTo(TelemetryLimits.INTERNET_LATENCY_SAMPLES_MAX_HEADER_SIZE);
    assertThat(TelemetryLimits.INTERNET_LATENCY_SAMPLES_MAX_HEADER_SIZE).isEqualTo(289);
    assertThat(TelemetryLimits.MAX_SAMPLES_PER_WRITE).isEqualTo(2_560);
    assertThat(device().encode()).hasSize((int) TelemetryLimits.deviceLatencySamplesSize(5));
    assertThat(TelemetryAccountType.fromWire(3))
        .isEqualTo(TelemetryAccountType.DEVICE_LATENCY_SAMPLES);
    assertThat(TelemetryAccountType.fromWire(0)).isNull();
    assertThat(TelemetryAccountType.INTERNET_LATENCY_SAMPLES_V0.toString())
        .isEqualTo("InternetLatencySamplesV0");
  }

  @Property
  void anyAccountRoundTrips(@ForAll("accounts") TelemetryAccount account) {
    byte[] bytes = account.encode();
    TelemetryAccount back = TelemetryAccounts.decode(bytes);
    assertThat(back).isEqualTo(account);
    assertThat(back.encode()).isEqualTo(bytes);
    assertThat(back.fields().getFirst().name()).isEqualTo("account_type");
  }

  @Provide
  Arbitrary<TelemetryAccount> accounts() {
    return net.jqwik.api.Arbitraries.oneOf(
        TelemetryArbitraries.device(),
        TelemetryArbitraries.deviceV0(),
        TelemetryArbitraries.internet());
  }

  @Property(tries = 50)
  void truncatedRandomAccountsThrow(@ForAll("accounts") TelemetryAccount account) {
    byte[] bytes = account.encode();
    for (int len = 0; len < bytes.length; len += 7) {
      byte[] prefix = Arrays.copyOf(bytes, len);
      assertThatThrownBy(() -> TelemetryAccounts.decode(prefix))
          .isInstanceOf(DecodeException.class);
    }
  }
}
