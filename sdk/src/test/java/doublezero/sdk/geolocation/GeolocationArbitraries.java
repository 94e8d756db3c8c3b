package doublezero.sdk.geolocation;

import doublezero.sdk.geolocation.state.GeoLocationTargetType;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.state.GeolocationBillingConfig;
import doublezero.sdk.geolocation.state.GeolocationPaymentStatus;
import doublezero.sdk.geolocation.state.GeolocationProgramConfig;
import doublezero.sdk.geolocation.state.GeolocationTarget;
import doublezero.sdk.geolocation.state.GeolocationUser;
import doublezero.sdk.geolocation.state.GeolocationUserStatus;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/// jqwik generators for geolocation values.
final class GeolocationArbitraries {
  private GeolocationArbitraries() {}

  static Arbitrary<PublicKey> keys() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(PublicKey::of);
  }

  static Arbitrary<Ipv4Address> ips() {
    return Arbitraries.integers().map(Ipv4Address::new);
  }

  static Arbitrary<Integer> ports() {
    return Arbitraries.integers().between(0, 0xFFFF);
  }

  static Arbitrary<Long> u32() {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
  }

  static Arbitrary<String> codes() {
    return Arbitraries.strings().ofMaxLength(32);
  }

  static Arbitrary<GeolocationProgramConfig> config() {
    return Combinators.combine(Arbitraries.integers().between(0, 255), u32(), u32())
        .as(GeolocationProgramConfig::new);
  }

  static Arbitrary<GeoProbe> probe() {
    return Combinators.combine(
            keys().list().ofSize(3), ips(), ports(), u32(), codes(), keys().list().ofMaxSize(6))
        .as(
            (k, ip, port, refs, code, parents) ->
                new GeoProbe(k.get(0), k.get(1), ip, port, k.get(2), refs, code, parents));
  }

  static Arbitrary<GeolocationTarget> target() {
    return Combinators.combine(
            Arbitraries.of(GeoLocationTargetType.class), ips(), ports(), keys(), keys())
        .as(GeolocationTarget::new);
  }

  static Arbitrary<GeolocationUser> user() {
    Arbitrary<GeolocationBillingConfig> billing =
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
            .as(GeolocationBillingConfig.FlatPerEpoch::new);
    return Combinators.combine(
            keys(),
            codes(),
            keys(),
            Arbitraries.of(GeolocationPaymentStatus.class),
            billing,
            Arbitraries.of(GeolocationUserStatus.class),
            target().list().ofMaxSize(4))
        .as(GeolocationUser::new);
  }
}
