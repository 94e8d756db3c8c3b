package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.geolocation.instruction.GeolocationInstructionTag;
import doublezero.sdk.serviceability.instruction.InstructionKind;
import doublezero.sdk.telemetry.instruction.TelemetryInstructionTag;
import doublezero.testkit.Hex;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Proves that the SDK instruction codecs (`ServiceabilityInstruction`, `TelemetryInstruction`,
/// `GeolocationInstruction`) and the IDL agree on every instruction:
/// - the SDK's kind with the IDL discriminant has the IDL's Rust variant name, and there are no
///   others;
/// - bytes written from the IDL alone (discriminant + arguments, [IdlByteGenerator]) decode with
///   the SDK and re-encode to the same bytes, over many random samples (every `option` both ways);
/// - the SDK record's components are the IDL arguments in order (camelCase ↔ snake_case),
///   `option<T>` arguments being `Optional*` components. One principled exception, [#FLATTENED]:
///   `SetMinVersion` holds the three `ProgramVersion` fields of its only argument
///   `min_compatible_version` directly (same bytes, one level less).
class InstructionConformanceTest {
  private static final int SAMPLES = 200;

  /// `program.Instruction.argument` of a struct type whose fields the SDK record holds in its
  /// place.
  static final Set<String> FLATTENED =
      Set.of("serviceability.SetMinVersion.min_compatible_version");

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  @Test
  void sdkInstructionKindsAreTheIdlInstructions() {
    assertThat(kinds("serviceability"))
        .isEqualTo(
            Arrays.stream(InstructionKind.values())
                .map(
                    k ->
                        k.discriminant()
                            + " "
                            + k.variantName()
                            + (k.deprecated() ? " deprecated" : ""))
                .toList());
    assertThat(kinds("telemetry"))
        .isEqualTo(
            Arrays.stream(TelemetryInstructionTag.values())
                .map(k -> k.index() + " " + k.variantName())
                .toList());
    assertThat(kinds("geolocation"))
        .isEqualTo(
            Arrays.stream(GeolocationInstructionTag.values())
                .map(k -> k.index() + " " + k.variantName())
                .toList());
  }

  private static List<String> kinds(String program) {
    boolean markDeprecated = program.equals("serviceability");
    return ProgramIdl.load(program).instructions().stream()
        .map(
            i ->
                i.discriminant()
                    + " "
                    + i.name()
                    + (markDeprecated && i.deprecated() ? " deprecated" : ""))
        .toList();
  }

  @TestFactory
  Stream<DynamicTest> idlGeneratedInstructionDataRoundTripsThroughTheSdk() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.instructions().stream()
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                Random random =
                                    new Random(def.discriminant() * 7919L + program.hashCode());
                                for (int i = 0; i < SAMPLES; i++) {
                                  byte[] data = IdlByteGenerator.instruction(idl, def, random);
                                  Record decoded = SdkCodecs.decodeInstruction(program, data);
                                  assertThat(decoded.getClass().getSimpleName())
                                      .isEqualTo(def.name());
                                  assertThat(Hex.of(SdkCodecs.encodeInstruction(decoded)))
                                      .as("sample %d re-encoded, from %s", i, Hex.of(data))
                                      .isEqualTo(Hex.of(data));
                                }
                              }));
            });
  }

  @TestFactory
  Stream<DynamicTest> sdkRecordComponentsAreTheIdlArguments() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.instructions().stream()
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                Record decoded =
                                    SdkCodecs.decodeInstruction(
                                        program,
                                        IdlByteGenerator.instruction(idl, def, new Random(3)));
                                RecordComponent[] components =
                                    decoded.getClass().getRecordComponents();
                                List<FieldDef> args = expectedComponents(idl, program, def);
                                assertThat(
                                        Arrays.stream(components)
                                            .map(RecordComponent::getName)
                                            .toList())
                                    .isEqualTo(args.stream().map(a -> camel(a.name())).toList());
                                List<String> optionMismatches = new ArrayList<>();
                                for (int i = 0; i < components.length; i++) {
                                  boolean idlOption =
                                      args.get(i).typeRef() instanceof TypeRef.OptionOf;
                                  boolean sdkOption = OPTIONALS.contains(components[i].getType());
                                  if (idlOption != sdkOption) {
                                    optionMismatches.add(
                                        args.get(i).name()
                                            + ": IDL "
                                            + args.get(i).type()
                                            + ", SDK "
                                            + components[i].getGenericType().getTypeName());
                                  }
                                }
                                assertThat(optionMismatches).isEmpty();
                              }));
            });
  }

  /// @return the IDL arguments, with each [#FLATTENED] argument replaced by its struct's fields
  private static List<FieldDef> expectedComponents(
      ProgramIdl idl, String program, InstructionDef def) {
    List<FieldDef> out = new ArrayList<>();
    for (FieldDef a : def.args()) {
      if (FLATTENED.contains(program + "." + def.name() + "." + a.name())) {
        out.addAll(idl.type(a.type()).orElseThrow().fields());
      } else {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void camelCaseConversion() {
    assertThat(
            Map.of(
                "device_tunnel_block",
                camel("device_tunnel_block"),
                "pubkey",
                camel("pubkey"),
                "dz_prefix_count",
                camel("dz_prefix_count")))
        .containsEntry("device_tunnel_block", "deviceTunnelBlock")
        .containsEntry("pubkey", "pubkey")
        .containsEntry("dz_prefix_count", "dzPrefixCount");
  }

  /// @return `snake_case` in lowerCamelCase, as docs/conventions.md names record components
  static String camel(String snake) {
    StringBuilder s = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = s.length() > 0;
      } else {
        s.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return s.toString();
  }
}
