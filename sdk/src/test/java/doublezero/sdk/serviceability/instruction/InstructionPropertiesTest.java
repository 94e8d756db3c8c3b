package doublezero.sdk.serviceability.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/// Round trips over generated values for instructions with strings, floats, u128, options and
/// enums.
class InstructionPropertiesTest {
  static ServiceabilityInstruction roundTrip(ServiceabilityInstruction i) {
    return ServiceabilityInstruction.decode(i.encode());
  }

  @Property
  void createLocation(
      @ForAll String code,
      @ForAll String name,
      @ForAll("finite") double lat,
      @ForAll("finite") double lng,
      @ForAll @IntRange(min = 0) int locId) {
    var i = new CreateLocation(code, name, "US", lat, lng, locId);
    assertThat(roundTrip(i)).isEqualTo(i);
  }

  @Property
  void setFeatureFlags(@ForAll long high, @ForAll long low) {
    var i = new SetFeatureFlags(new U128(high, low));
    assertThat(roundTrip(i)).isEqualTo(i);
    assertThat(i.encode()).hasSize(17);
  }

  @Property
  void updateLink(
      @ForAll Optional<String> code,
      @ForAll Optional<Long> bandwidth,
      @ForAll("mtu") Optional<Long> mtu,
      @ForAll Optional<LinkStatus> status,
      @ForAll Optional<LinkDesiredStatus> desired,
      @ForAll Optional<LinkLinkType> type) {
    var i =
        new UpdateLink(
            code,
            Optional.empty(),
            type,
            bandwidth,
            mtu,
            Optional.empty(),
            bandwidth,
            status,
            Optional.of(7L),
            desired);
    assertThat(roundTrip(i)).isEqualTo(i);
  }

  @Property
  void activateUser(
      @ForAll @IntRange(max = 65535) int tunnelId,
      @ForAll int ip,
      @ForAll @IntRange(max = 32) int prefix,
      @ForAll @IntRange(max = 255) int count) {
    var i =
        new ActivateUser(
            tunnelId,
            new NetworkV4(new Ipv4Address(ip), prefix),
            new Ipv4Address(~ip),
            count,
            new Ipv4Address(ip ^ 0x5a5a5a5a));
    assertThat(roundTrip(i)).isEqualTo(i);
  }

  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.doubles().filter(d -> !Double.isNaN(d));
  }

  @Provide
  Arbitrary<Optional<Long>> mtu() {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL).optional();
  }
}
