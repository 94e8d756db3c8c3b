package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.fields.Field;
import doublezero.sdk.fields.FieldValue;
import doublezero.sdk.fields.HasFields;
import doublezero.testkit.Hex;
import doublezero.testkit.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Proves, account by account, that the hand-written SDK account codecs (`doublezero.sdk.*.state`)
/// and the IDL describe the same layouts:
/// - the golden fixtures (reference-data `sdk/{serviceability,telemetry}/testdata/fixtures`) decode
///   with the SDK, re-encode to the same bytes, and `fields()` lists exactly the IDL fields (names,
///   order, value kinds);
/// - for every IDL account of every program, bytes written from the IDL alone by [IdlByteGenerator]
///   decode with the SDK, re-encode to the same bytes and show the IDL fields, over many random
///   samples.
class AccountConformanceTest {
  private static final int SAMPLES = 300;

  @TestFactory
  Stream<DynamicTest> goldenFixturesShowTheIdlFields() throws IOException {
    return Stream.of("serviceability", "telemetry")
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return fixtures(program).stream()
                  .map(
                      bin ->
                          DynamicTest.dynamicTest(
                              program + "/" + bin.getFileName(),
                              () -> {
                                byte[] data = Files.readAllBytes(bin);
                                AccountDef def =
                                    idl.accountByDiscriminant(data[0] & 0xFF).orElseThrow();
                                HasFields account = SdkCodecs.decodeAccount(program, data);
                                assertThat(Hex.of(SdkCodecs.encodeAccount(account)))
                                    .as("re-encoded")
                                    .isEqualTo(Hex.of(data));
                                assertThat(
                                        FieldShapeMatcher.mismatches(
                                            idl, def.name(), def.fields(), account.fields()))
                                    .isEmpty();
                              }));
            });
  }

  @TestFactory
  Stream<DynamicTest> idlGeneratedAccountsRoundTripThroughTheSdk() {
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.accounts().stream()
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                Random random =
                                    new Random(def.name().hashCode() * 31L + program.hashCode());
                                for (int i = 0; i < SAMPLES; i++) {
                                  byte[] data = IdlByteGenerator.account(idl, def, random);
                                  HasFields account = SdkCodecs.decodeAccount(program, data);
                                  assertThat(Hex.of(SdkCodecs.encodeAccount(account)))
                                      .as("sample %d re-encoded, from %s", i, Hex.of(data))
                                      .isEqualTo(Hex.of(data));
                                  assertThat(
                                          FieldShapeMatcher.mismatches(
                                              idl, def.name(), def.fields(), account.fields()))
                                      .as("sample %d fields", i)
                                      .isEmpty();
                                }
                              }));
            });
  }

  @TestFactory
  Stream<DynamicTest> theIdlIsWalkedExactlyByTheGeneratorOutput() {
    // Guards the generator itself: what it writes is exactly one IDL layout, no more, no less.
    return Stream.of("serviceability", "telemetry")
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.accounts().stream()
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                Random random = new Random(7);
                                for (int i = 0; i < 50; i++) {
                                  assertThat(
                                          IdlWalker.walkAccount(
                                              idl, IdlByteGenerator.account(idl, def, random)))
                                      .isNotEmpty();
                                }
                              }));
            });
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfEveryIdlAccountIsNamedInTheSdkView() {
    // account_type first, as the IDL and docs/conventions.md require, even where the record has no
    // component for it.
    return ProgramIdl.PROGRAMS.stream()
        .flatMap(
            program -> {
              ProgramIdl idl = ProgramIdl.load(program);
              return idl.accounts().stream()
                  .map(
                      def ->
                          DynamicTest.dynamicTest(
                              program + "/" + def.name(),
                              () -> {
                                HasFields account =
                                    SdkCodecs.decodeAccount(
                                        program, IdlByteGenerator.account(idl, def, new Random(1)));
                                assertThat(account.fields().getFirst().name())
                                    .isEqualTo("account_type");
                                assertThat(account.fields()).hasSize(def.fields().size());
                              }));
            });
  }

  @Test
  void theMatcherRejectsAViewThatDiffersFromTheIdl() {
    ProgramIdl idl = ProgramIdl.load("serviceability");
    AccountDef device = idl.account("Device").orElseThrow();
    List<Field> good =
        SdkCodecs.decodeAccount(
                "serviceability", IdlByteGenerator.account(idl, device, new Random(5)))
            .fields();
    List<Field> renamed = new ArrayList<>(good);
    renamed.set(2, new Field("idx", good.get(2).value()));
    List<Field> retyped = new ArrayList<>(good);
    retyped.set(
        2,
        new Field("index", new FieldValue.Int(FieldValue.IntType.U64, java.math.BigInteger.ONE)));
    List<Field> reordered = new ArrayList<>(good);
    java.util.Collections.swap(reordered, 3, 4);
    assertThat(FieldShapeMatcher.mismatches(idl, "Device", device.fields(), good)).isEmpty();
    assertThat(FieldShapeMatcher.mismatches(idl, "Device", device.fields(), renamed)).hasSize(1);
    assertThat(FieldShapeMatcher.mismatches(idl, "Device", device.fields(), retyped))
        .containsExactly("Device.index: IDL type u128 but SDK value is Int(U64)");
    assertThat(FieldShapeMatcher.mismatches(idl, "Device", device.fields(), reordered)).hasSize(1);
  }

  private static List<Path> fixtures(String program) {
    Path dir = ReferenceData.require().resolve("sdk/" + program + "/testdata/fixtures");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
