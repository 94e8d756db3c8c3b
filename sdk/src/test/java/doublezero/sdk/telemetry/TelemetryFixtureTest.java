package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.RttSamples;
import doublezero.sdk.telemetry.state.TelemetryAccounts;
import doublezero.testkit.ReferenceData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The reference telemetry fixtures (`reference-data/sdk/telemetry/testdata/fixtures`): decode,
/// compare every JSON field, re-encode byte for byte.
class TelemetryFixtureTest {
  private static final String DIR = "sdk/telemetry/testdata/fixtures/";

  @Test
  void deviceLatencySamplesFixture() {
    byte[] bin = ReferenceData.bytes(DIR + "device_latency_samples.bin");
    DeviceLatencySamples d = DeviceLatencySamples.decode(bin);

    assertThat(
            FixtureFields.assertMatches(
                ReferenceData.text(DIR + "device_latency_samples.json"), d.fields()))
        .isEqualTo(12);
    assertThat(d.samples()).isEqualTo(RttSamples.of(100, 200, 300, 400, 500));
    assertThat(d.unused().isZero()).isTrue();
    assertThat(bin).hasSize(369);
    assertThat(d.encode()).isEqualTo(bin);
    assertThat(TelemetryAccounts.decode(bin)).isEqualTo(d);
  }

  @Test
  void internetLatencySamplesFixture() {
    byte[] bin = ReferenceData.bytes(DIR + "internet_latency_samples.bin");
    InternetLatencySamples i = InternetLatencySamples.decode(bin);

    assertThat(
            FixtureFields.assertMatches(
                ReferenceData.text(DIR + "internet_latency_samples.json"), i.fields()))
        .isEqualTo(10);
    assertThat(i.samples()).isEqualTo(RttSamples.of(1000, 2000, 3000, 4000, 5000));
    assertThat(i.headerSize()).isEqualTo(267);
    assertThat(bin).hasSize(287);
    assertThat(i.encode()).isEqualTo(bin);
    assertThat(TelemetryAccounts.decode(bin)).isEqualTo(i);
  }

  /// Telemetry accounts decode strictly (`borsh::from_slice`) and had no shorter older layout under
  /// their type bytes: every cut of a fixture throws DecodeException, through the type's decoder
  /// and the dispatcher.
  @Test
  void everyCutOfTheFixturesThrowsDecodeException() {
    for (String name : List.of("device_latency_samples.bin", "internet_latency_samples.bin")) {
      byte[] bin = ReferenceData.bytes(DIR + name);
      for (int cut = 0; cut < bin.length; cut++) {
        byte[] prefix = Arrays.copyOf(bin, cut);
        assertThatThrownBy(() -> TelemetryAccounts.decode(prefix))
            .as("%s cut at %d", name, cut)
            .isInstanceOf(DecodeException.class);
        assertThatThrownBy(
                () -> {
                  if (name.startsWith("device")) {
                    DeviceLatencySamples.decode(prefix);
                  } else {
                    InternetLatencySamples.decode(prefix);
                  }
                })
            .as("%s cut at %d", name, cut)
            .isInstanceOf(DecodeException.class);
      }
    }
  }

  @Test
  void unmatchedJsonFieldFails() {
    DeviceLatencySamples d =
        DeviceLatencySamples.decode(ReferenceData.bytes(DIR + "device_latency_samples.bin"));
    String json = "{\"fields\":[{\"name\":\"BumpSeed\",\"value\":\"1\"}]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FixtureFields.assertMatches(json, d.fields()))
        .isInstanceOf(AssertionError.class);
  }
}
