package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The bundled IDLs load, are complete and agree with the reference documents on counts and key
/// facts.
class ProgramIdlTest {

  @ParameterizedTest
  @ValueSource(strings = {"serviceability", "telemetry", "geolocation"})
  void loadsAndEveryReferencedTypeIsDefined(String program) {
    ProgramIdl idl = ProgramIdl.load(program);
    assertThat(idl.name()).isEqualTo(program);
    assertThat(idl.programIds()).containsOnlyKeys("mainnet-beta", "testnet", "devnet", "local");
    List<FieldDef> all = new ArrayList<>();
    idl.accounts().forEach(a -> all.addAll(a.fields()));
    idl.instructions().forEach(i -> all.addAll(i.args()));
    idl.types()
        .forEach(
            t -> {
              all.addAll(t.fields());
              t.variants().forEach(v -> all.addAll(v.fields()));
            });
    Set<String> referenced = new HashSet<>();
    all.forEach(f -> collect(f.typeRef(), referenced));
    for (String name : referenced) {
      assertThat(idl.enumDef(name).isPresent() || idl.type(name).isPresent())
          .as(name + " defined")
          .isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"serviceability", "telemetry", "geolocation"})
  void discriminantsAreUniquePerProgram(String program) {
    ProgramIdl idl = ProgramIdl.load(program);
    assertThat(idl.accounts().stream().map(AccountDef::discriminant)).doesNotHaveDuplicates();
    assertThat(idl.instructions().stream().map(InstructionDef::discriminant))
        .containsExactlyElementsOf(IntStream.range(0, idl.instructions().size()).boxed().toList());
    assertThat(idl.errors().stream().map(ErrorDef::code)).doesNotHaveDuplicates();
    for (EnumDef e : idl.enums()) {
      assertThat(e.variants().stream().map(EnumVariant::value))
          .as(e.name())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void serviceabilityHas104InstructionsNumberedWithoutGaps() {
    ProgramIdl idl = ProgramIdl.load("serviceability");
    assertThat(idl.instructions()).hasSize(104);
    assertThat(idl.instructions().getLast().name()).isEqualTo("DeleteReservedSubscribeUser");
    assertThat(
            idl.instructions().stream()
                .filter(InstructionDef::deprecated)
                .map(InstructionDef::discriminant))
        .containsExactly(6, 7, 8, 9, 24, 25, 32, 33, 40, 41);
    assertThat(idl.accounts()).hasSize(15);
    assertThat(idl.errors()).hasSize(86);
    assertThat(idl.error(67).orElseThrow().name()).isEqualTo("Deprecated");
    assertThat(idl.error(2).orElseThrow().name()).isEqualTo("InvalidLocationPubkey");
  }

  @Test
  void serviceabilityRecordsTheNonZeroDefaultsOfLenientDecoding() {
    ProgramIdl idl = ProgramIdl.load("serviceability");
    assertThat(defaultOf(idl, "GlobalConfig", "next_bgp_community")).isEqualTo("10000");
    assertThat(defaultOf(idl, "Device", "device_health")).isEqualTo("Pending");
    assertThat(defaultOf(idl, "Link", "link_health")).isEqualTo("Pending");
    assertThat(defaultOf(idl, "Link", "link_type")).isEqualTo("WAN");
    assertThat(defaultOf(idl, "Device", "status")).isNull();
    assertThat(idl.enumDef("DeviceStatus").orElseThrow().byValue(2)).isEmpty();
    assertThat(idl.enumDef("LinkLinkType").orElseThrow().byName("DZX").orElseThrow().value())
        .isEqualTo(127);
    assertThat(idl.enumDef("AccountType").orElseThrow().byValue(6).orElseThrow().display())
        .isEqualTo("tunnel");
  }

  @Test
  void telemetryAndGeolocationMatchTheirDocuments() {
    ProgramIdl tel = ProgramIdl.load("telemetry");
    assertThat(tel.instructions())
        .extracting(InstructionDef::name)
        .containsExactly(
            "InitializeDeviceLatencySamples", "WriteDeviceLatencySamples",
            "InitializeInternetLatencySamples", "WriteInternetLatencySamples");
    assertThat(tel.errors())
        .extracting(ErrorDef::code)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1001, 1017).mapToObj(i -> (long) i).toList());
    ProgramIdl geo = ProgramIdl.load("geolocation");
    assertThat(geo.instructions()).hasSize(7);
    assertThat(geo.account("GeoProbe").orElseThrow().discriminant()).isEqualTo(2);
    assertThat(geo.programIds().get("mainnet-beta"))
        .isEqualTo("8H7nS6eZiuf7rGQtz3PPz2q9m4eJRL37PPM678KHnspG");
  }

  private static String defaultOf(ProgramIdl idl, String account, String field) {
    return idl.account(account).orElseThrow().fields().stream()
        .filter(f -> f.name().equals(field))
        .findFirst()
        .orElseThrow()
        .defaultValue();
  }

  private static void collect(TypeRef t, Set<String> out) {
    switch (t) {
      case TypeRef.Named n -> out.add(n.name());
      case TypeRef.VecOf v -> collect(v.element(), out);
      case TypeRef.OptionOf o -> collect(o.element(), out);
      case TypeRef.TailOf tail -> collect(tail.element(), out);
      case TypeRef.Primitive p -> {}
      case TypeRef.ArrayOf a -> {}
    }
  }
}
