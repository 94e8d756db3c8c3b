package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Proves that every field-less IDL enum has an SDK Java enum with exactly the same variants: the
/// same set of (discriminant, Rust variant name, Rust `Display` string). The SDK reads these
/// through `wireValue()`, `variantName()` and `rustDisplay()` (serviceability `WireEnum`) or
/// `toString()` (telemetry and geolocation enums, whose `toString()` is the Rust `Display`). Java
/// class names differ from the Rust names only by Java casing (`InterfaceCYOA` → `InterfaceCyoa`)
/// or a program prefix (`AccountType` → `TelemetryAccountType`); the map below is the whole
/// correspondence and must cover every IDL enum.
class EnumConformanceTest {
  private static final String SVC = "doublezero.sdk.serviceability.";
  private static final Map<String, Map<String, String>> CLASSES =
      Map.of(
          "serviceability",
              Stream.of(
                      "AccountType",
                      "LocationStatus",
                      "ExchangeStatus",
                      "ContributorStatus",
                      "DeviceType",
                      "DeviceStatus",
                      "DeviceHealth",
                      "DeviceDesiredStatus",
                      "InterfaceStatus",
                      "InterfaceType",
                      "LoopbackType",
                      "InterfaceCYOA",
                      "InterfaceDIA",
                      "RoutingMode",
                      "LinkLinkType",
                      "LinkStatus",
                      "LinkDesiredStatus",
                      "LinkHealth",
                      "UserType",
                      "UserCYOA",
                      "UserStatus",
                      "MulticastGroupStatus",
                      "AccessPassStatus",
                      "TenantPaymentStatus",
                      "PermissionStatus",
                      "FeatureFlag",
                      "SetDeviceOption")
                  .collect(Collectors.toMap(n -> n, EnumConformanceTest::serviceabilityClass)),
          "telemetry", Map.of("AccountType", "doublezero.sdk.telemetry.state.TelemetryAccountType"),
          "geolocation",
              Map.of(
                  "AccountType", "doublezero.sdk.geolocation.state.GeolocationAccountType",
                  "GeolocationPaymentStatus",
                      "doublezero.sdk.geolocation.state.GeolocationPaymentStatus",
                  "GeolocationUserStatus", "doublezero.sdk.geolocation.state.GeolocationUserStatus",
                  "GeoLocationTargetType",
                      "doublezero.sdk.geolocation.state.GeoLocationTargetType"));

  private static String serviceabilityClass(String rustName) {
    String javaName =
        switch (rustName) {
          case "InterfaceCYOA" -> "InterfaceCyoa";
          case "InterfaceDIA" -> "InterfaceDia";
          case "UserCYOA" -> "UserCyoa";
          default -> rustName;
        };
    return SVC + (rustName.equals("SetDeviceOption") ? "instruction." : "state.") + javaName;
  }

  @Test
  void everyIdlEnumHasAnSdkEnum() {
    for (String program : ProgramIdl.PROGRAMS) {
      Set<String> idlNames =
          ProgramIdl.load(program).enums().stream()
              .map(EnumDef::name)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(new TreeSet<>(CLASSES.get(program).keySet())).as(program).isEqualTo(idlNames);
    }
  }

  @TestFactory
  Stream<DynamicTest> sdkEnumsHaveTheIdlVariants() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program ->
                ProgramIdl.load(program).enums().stream()
                    .map(
                        def ->
                            DynamicTest.dynamicTest(
                                program + "/" + def.name(),
                                () -> {
                                  Class<?> type =
                                      Class.forName(CLASSES.get(program).get(def.name()));
                                  assertThat(type.isEnum()).as(type + " is an enum").isTrue();
                                  assertThat(sdkVariants(type))
                                      .as(type.getName())
                                      .isEqualTo(idlVariants(def));
                                })));
  }

  @Test
  void accessPassTypeTagsAreThePayloadEnumTags() throws ReflectiveOperationException {
    TypeDef accessPassType = ProgramIdl.load("serviceability").type("AccessPassType").orElseThrow();
    Set<String> idl =
        accessPassType.variants().stream()
            .map(v -> v.tag() + " " + v.name())
            .collect(Collectors.toCollection(TreeSet::new));
    Class<?> tags = Class.forName(SVC + "state.AccessPassTypeTag");
    Set<String> sdk = new TreeSet<>();
    for (Object c : tags.getEnumConstants()) {
      sdk.add(call(c, "wireValue") + " " + call(c, "variantName"));
    }
    assertThat(sdk).isEqualTo(idl);
  }

  private static Set<String> idlVariants(EnumDef def) {
    return def.variants().stream()
        .map(v -> v.value() + " " + v.name() + " " + v.display())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> sdkVariants(Class<?> type) throws ReflectiveOperationException {
    boolean hasDisplay =
        Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("rustDisplay"));
    boolean overridesToString = type.getMethod("toString").getDeclaringClass() == type;
    Set<String> out = new TreeSet<>();
    for (Object c : type.getEnumConstants()) {
      Object display =
          hasDisplay ? call(c, "rustDisplay") : overridesToString ? c.toString() : null;
      out.add(call(c, "wireValue") + " " + call(c, "variantName") + " " + display);
    }
    return out;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
