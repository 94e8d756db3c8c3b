package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/// Arbitrary accounts survive encode → decode unchanged, through both the type's own decoder and
/// the dispatcher; fixed-size accounts always encode to their documented sizes (reference
/// `serviceability-state.md` §2.3, §4).
class RoundTripProperties {

  private static <T> Arbitrary<T> random(Function<Random, T> gen) {
    return Arbitraries.randomValue(gen);
  }

  @Provide
  Arbitrary<Device> devices() {
    return random(RandomAccounts::device);
  }

  @Provide
  Arbitrary<Link> links() {
    return random(RandomAccounts::link);
  }

  @Provide
  Arbitrary<User> users() {
    return random(RandomAccounts::user);
  }

  @Provide
  Arbitrary<AccessPass> accessPasses() {
    return random(RandomAccounts::accessPass);
  }

  @Provide
  Arbitrary<GlobalState> globalStates() {
    return random(RandomAccounts::globalState);
  }

  @Provide
  Arbitrary<List<ServiceabilityAccount>> allTypes() {
    return random(RandomAccounts::oneOfEach);
  }

  @Property(tries = 300)
  void deviceRoundTrips(@ForAll("devices") Device d) {
    assertThat(Device.decode(d.encode())).isEqualTo(d);
  }

  @Property(tries = 300)
  void linkRoundTrips(@ForAll("links") Link l) {
    assertThat(Link.decode(l.encode())).isEqualTo(l);
  }

  @Property(tries = 300)
  void userRoundTrips(@ForAll("users") User u) {
    assertThat(User.decode(u.encode())).isEqualTo(u);
  }

  @Property(tries = 300)
  void accessPassRoundTrips(@ForAll("accessPasses") AccessPass a) {
    assertThat(AccessPass.decode(a.encode())).isEqualTo(a);
  }

  @Property(tries = 300)
  void globalStateRoundTrips(@ForAll("globalStates") GlobalState g) {
    assertThat(GlobalState.decode(g.encode())).isEqualTo(g);
    assertThat(g.encode())
        .hasSize(
            194
                + 32
                    * (g.foundationAllowlist().size()
                        + g.deviceAllowlist().size()
                        + g.userAllowlist().size()
                        + g.qaAllowlist().size()));
  }

  @Property(tries = 100)
  void everyAccountTypeRoundTripsThroughTheDispatcher(
      @ForAll("allTypes") List<ServiceabilityAccount> accounts) {
    for (ServiceabilityAccount a : accounts) {
      byte[] data = a.encode();
      assertThat(data[0] & 0xFF).isEqualTo(a.accountType().wireValue());
      assertThat(ServiceabilityAccounts.decode(data)).isEqualTo(a);
      switch (a) {
        case GlobalConfig g -> assertThat(data).hasSize(GlobalConfig.SIZE);
        case ProgramConfig p -> assertThat(data).hasSize(ProgramConfig.SIZE);
        case Permission p -> assertThat(data).hasSize(Permission.SIZE);
        case Reservation p -> assertThat(data).hasSize(Reservation.SIZE);
        case ResourceExtension x ->
            assertThat(data).hasSize(ResourceExtension.BITMAP_OFFSET + x.bitmap().length);
        default -> {}
      }
    }
  }

  /// fields() lists account_type then one field per record component, in component order,
  /// snake_case.
  @Property(tries = 20)
  void fieldsNameEveryComponentInOrder(@ForAll("allTypes") List<ServiceabilityAccount> accounts) {
    for (ServiceabilityAccount a : accounts) {
      List<String> names = a.fields().stream().map(f -> f.name().replaceFirst("^_", "")).toList();
      List<String> expected = new java.util.ArrayList<>();
      expected.add("account_type");
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        String snake = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        expected.add(snake.equals("bitmap") ? "storage" : snake);
      }
      assertThat(names).as(a.getClass().getSimpleName()).containsExactlyElementsOf(expected);
    }
  }
}
