package doublezero.sdk.telemetry;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.DeviceLatencySamplesV0;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.ReservedBytes;
import doublezero.sdk.telemetry.state.RttSamples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/// jqwik generators for telemetry values.
final class TelemetryArbitraries {
  private TelemetryArbitraries() {}

  static Arbitrary<PublicKey> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(PublicKey::of);
  }

  static Arbitrary<Long> u64() {
    return Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static Arbitrary<RttSamples> samples(int max) {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL).list().ofMaxSize(max).map(RttSamples::of);
  }

  static Arbitrary<ReservedBytes> reserved() {
    return Arbitraries.oneOf(
        Arbitraries.just(ReservedBytes.ZERO_128),
        Arbitraries.bytes().array(byte[].class).ofSize(128).map(ReservedBytes::of));
  }

  static Arbitrary<String> names() {
    return Arbitraries.strings()
        .ofMaxLength(32)
        .filter(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 32);
  }

  static Arbitrary<DeviceLatencySamples> device() {
    return Combinators.combine(
            u64(), keys().list().ofSize(6), u64(), u64(), reserved(), samples(50))
        .as(
            (epoch, k, interval, start, unused, s) ->
                new DeviceLatencySamples(
                    epoch, k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), k.get(5), interval,
                    start, unused, s));
  }

  static Arbitrary<DeviceLatencySamplesV0> deviceV0() {
    return Combinators.combine(Arbitraries.integers().between(0, 255), device())
        .as(
            (bump, d) ->
                new DeviceLatencySamplesV0(
                    bump,
                    d.epoch(),
                    d.originDeviceAgentPk(),
                    d.originDevicePk(),
                    d.targetDevicePk(),
                    d.originDeviceLocationPk(),
                    d.targetDeviceLocationPk(),
                    d.linkPk(),
                    d.samplingIntervalMicroseconds(),
                    d.startTimestampMicroseconds(),
                    d.unused(),
                    d.samples()));
  }

  static Arbitrary<InternetLatencySamples> internet() {
    return Combinators.combine(
            u64(), names(), keys().list().ofSize(3), u64(), u64(), reserved(), samples(50))
        .as(
            (epoch, name, k, interval, start, unused, s) ->
                new InternetLatencySamples(
                    epoch, name, k.get(0), k.get(1), k.get(2), interval, start, unused, s));
  }
}
