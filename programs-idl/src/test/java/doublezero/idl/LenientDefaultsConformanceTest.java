package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.HasFields;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/// Proves that the IDL's `default` annotations (README: the value a lenient decoder gives a field
/// missing at the end of the data; zero/empty/`0.0.0.0`/`0.0.0.0/0`/the enum's value-0 variant when
/// not recorded) are what the SDK's lenient decoders give: every IDL-generated account of a lenient
/// type (serviceability except ResourceExtension, geolocation ProgramConfig; README "Not covered")
/// is cut at each field boundary: before the IDL's `optionalFrom` field the SDK must refuse the
/// prefix (no program version wrote it); from there on it decodes and every missing field must show
/// its IDL default.
class LenientDefaultsConformanceTest {
  @TestFactory
  Stream<DynamicTest> fieldsMissingAtTheEndTakeTheIdlDefaults() {
    return Stream.of("serviceability", "geolocation")
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.accounts().stream()
                  .filter(
                      def ->
                          program.equals("serviceability")
                              ? !def.name().equals("ResourceExtension")
                              : def.name().equals("ProgramConfig"))
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                Random random = new Random(11);
                                for (int sample = 0; sample < 20; sample++) {
                                  int[] starts = new int[def.fields().size()];
                                  byte[] data = IdlByteGenerator.account(idl, def, random, starts);
                                  int optionalFrom = def.optionalFromIndex().orElse(starts.length);
                                  for (int cut = 1; cut < optionalFrom; cut++) {
                                    byte[] prefix = Arrays.copyOf(data, starts[cut]);
                                    assertThatThrownBy(
                                            () -> SdkCodecs.decodeAccount(program, prefix))
                                        .as(
                                            "cut before required field %s",
                                            def.fields().get(cut).name())
                                        .isInstanceOf(DecodeException.class);
                                  }
                                  for (int cut = optionalFrom; cut < starts.length; cut++) {
                                    HasFields account =
                                        SdkCodecs.decodeAccount(
                                            program, Arrays.copyOf(data, starts[cut]));
                                    List<Field> shown = account.fields();
                                    List<String> wrong = new ArrayList<>();
                                    for (int i = cut; i < def.fields().size(); i++) {
                                      FieldDef f = def.fields().get(i);
                                      if (!isDefault(
                                          idl,
                                          f.typeRef(),
                                          f.defaultValue(),
                                          shown.get(i).value())) {
                                        wrong.add(
                                            f.name()
                                                + " = "
                                                + shown.get(i).value()
                                                + " (IDL default "
                                                + f.defaultValue()
                                                + ")");
                                      }
                                    }
                                    assertThat(wrong)
                                        .as("cut before %s", def.fields().get(cut).name())
                                        .isEmpty();
                                  }
                                }
                              }));
            });
  }

  private static boolean isDefault(ProgramIdl idl, TypeRef type, String recorded, FieldValue v) {
    return switch (type) {
      case TypeRef.Primitive p -> primitiveDefault(p.name(), recorded, v);
      case TypeRef.VecOf x -> v instanceof FieldValue.ListOf l && l.items().isEmpty();
      case TypeRef.TailOf x -> v instanceof FieldValue.ListOf l && l.items().isEmpty();
      case TypeRef.ArrayOf a ->
          v instanceof FieldValue.ListOf l
              && l.items().stream().allMatch(e -> primitiveDefault(a.element().name(), null, e));
      case TypeRef.OptionOf x -> false;
      case TypeRef.Named n -> namedDefault(idl, n.name(), recorded, v);
    };
  }

  private static boolean namedDefault(ProgramIdl idl, String name, String recorded, FieldValue v) {
    var enumDef = idl.enumDef(name);
    if (enumDef.isPresent()) {
      String expected =
          recorded != null
              ? recorded
              : enumDef.get().byValue(0).map(EnumVariant::name).orElse("<no value-0 variant>");
      return v instanceof FieldValue.Variant var && var.name().equals(expected);
    }
    TypeDef t = idl.type(name).orElseThrow();
    return switch (t.kind()) {
      // a struct's zero value has every field at its zero value
      case STRUCT -> v instanceof FieldValue.Struct s && allZero(idl, t.fields(), s.fields());
      // a payload enum defaults to its first variant (tag 0) with a zero payload
      case ENUM ->
          v instanceof FieldValue.Tagged s
              && s.discriminant() == 0
              && s.variant().equals(t.variants().getFirst().name())
              && s.fields().stream().allMatch(f -> zeroLeaf(f.value()));
    };
  }

  private static boolean allZero(ProgramIdl idl, List<FieldDef> defs, List<Field> fields) {
    for (int i = 0; i < defs.size(); i++) {
      if (!isDefault(idl, defs.get(i).typeRef(), null, fields.get(i).value())) {
        return false;
      }
    }
    return defs.size() == fields.size();
  }

  private static boolean zeroLeaf(FieldValue v) {
    return switch (v) {
      case FieldValue.Int i -> i.value().signum() == 0;
      case FieldValue.Float64 f -> f.value() == 0.0;
      case FieldValue.Bool b -> !b.value();
      case FieldValue.Text t -> t.value().isEmpty();
      case FieldValue.Key k -> k.value().toBase58().equals("11111111111111111111111111111111");
      case FieldValue.Ip ip -> ip.value().value() == 0;
      case FieldValue.Net n -> n.value().ip().value() == 0 && n.value().prefix() == 0;
      case FieldValue.Variant var -> var.discriminant() == 0;
      case FieldValue.ListOf l -> l.items().isEmpty();
      case FieldValue.Struct s -> s.fields().stream().allMatch(f -> zeroLeaf(f.value()));
      case FieldValue.Tagged t ->
          t.discriminant() == 0 && t.fields().stream().allMatch(f -> zeroLeaf(f.value()));
    };
  }

  private static boolean primitiveDefault(String name, String recorded, FieldValue v) {
    if (recorded != null) {
      return v instanceof FieldValue.Int i && i.value().equals(new BigInteger(recorded));
    }
    return zeroLeaf(v)
        && switch (name) {
          case "u8", "u16", "u32", "u64", "u128", "i64" -> v instanceof FieldValue.Int;
          case "f64" -> v instanceof FieldValue.Float64;
          case "bool" -> v instanceof FieldValue.Bool;
          case "string" -> v instanceof FieldValue.Text;
          case "pubkey" -> v instanceof FieldValue.Key;
          case "ipv4" -> v instanceof FieldValue.Ip;
          case "networkv4" -> v instanceof FieldValue.Net;
          default -> false;
        };
  }
}
