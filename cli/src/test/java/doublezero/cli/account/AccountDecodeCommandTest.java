package doublezero.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.DoubleZeroCli;
import doublezero.sdk.fields.Field;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.testkit.ReferenceData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountDecodeCommandTest {
  private static final String SVC = "sdk/serviceability/testdata/fixtures/";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DoubleZeroCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Path fixture(String relative) {
    return ReferenceData.require().resolve(relative);
  }

  @Test
  void jsonFollowsTheTypeRulesForADevice() throws Exception {
    Result r =
        run(
            "account",
            "decode",
            "--program",
            "serviceability",
            "--file",
            fixture(SVC + "device.bin").toString(),
            "--json");
    assertThat(r.code()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.get("account_type").asText()).isEqualTo("Device");
    assertThat(d.get("index").isTextual()).as("u128 as a decimal string").isTrue();
    assertThat(d.get("index").asText()).isEqualTo("7");
    assertThat(d.get("bump_seed").isInt()).isTrue();
    assertThat(d.get("bump_seed").asInt()).isEqualTo(250);
    assertThat(d.get("owner").asText()).isEqualTo("5Jq6NhSQCWgh9GhMZJ3aJJhdZdALBoX2NWjqDUrh8VK5");
    assertThat(d.get("public_ip").asText()).isEqualTo("203.0.113.1");
    assertThat(d.get("dz_prefixes").get(0).asText()).isEqualTo("10.10.0.0/24");
    assertThat(d.get("device_type").asText()).isEqualTo("Edge");
    assertThat(d.get("device_health").asText()).isEqualTo("ReadyForUsers");
    JsonNode v2 = d.get("interfaces").get(1).get("V2");
    assertThat(v2.get("name").asText()).isEqualTo("Ethernet1");
    assertThat(v2.get("bandwidth").asText()).as("u64 as a decimal string").isEqualTo("10000000000");
    assertThat(v2.get("mtu").asInt()).isEqualTo(9000);
    assertThat(v2.get("ip_net").asText()).isEqualTo("172.16.0.1/30");
    assertThat(d.get("interfaces").get(0).has("V1")).isTrue();
  }

  @Test
  void u64MaxIsPrintedExactlyAndUnitVariantsByName() throws Exception {
    Result r =
        run(
            "account",
            "decode",
            "--program",
            "serviceability",
            "--file",
            fixture(SVC + "access_pass.bin").toString(),
            "--json");
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.get("last_access_epoch").asText()).isEqualTo("18446744073709551615");
    assertThat(a.get("accesspass_type").asText()).isEqualTo("Prepaid");
    assertThat(r.out()).contains("\"mgroup_pub_allowlist\": []");
  }

  static Stream<String> fixtures() throws Exception {
    Path dir = ReferenceData.locate();
    if (dir == null) {
      return Stream.of();
    }
    List<String> names = new ArrayList<>();
    for (String program : List.of("serviceability", "telemetry")) {
      try (var files = Files.list(dir.resolve("sdk/" + program + "/testdata/fixtures"))) {
        files
            .filter(p -> p.toString().endsWith(".bin"))
            .sorted()
            .forEach(p -> names.add(program + ":" + p));
      }
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureDecodesFromBase64ToJsonWithTheSdkFieldsInOrder(String spec) throws Exception {
    String program = spec.substring(0, spec.indexOf(':'));
    byte[] data = Files.readAllBytes(Path.of(spec.substring(spec.indexOf(':') + 1)));
    Result r =
        run(
            "account",
            "decode",
            "--program",
            program,
            "--base64",
            Base64.getEncoder().encodeToString(data),
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode node = JSON.readTree(r.out());
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    List<Field> fields = ProgramKind.valueOf(program.toUpperCase()).decode(data).fields();
    assertThat(keys).containsExactlyElementsOf(fields.stream().map(Field::name).toList());
  }

  @Test
  void tablePrintsAlignedFieldValueLines() {
    Result r =
        run(
            "account",
            "decode",
            "--program",
            "serviceability",
            "--file",
            fixture(SVC + "location.bin").toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    int bar = lines.get(0).indexOf(" | ");
    assertThat(lines).allSatisfy(l -> assertThat(l.indexOf(" | ")).isEqualTo(bar));
    assertThat(lines).contains(String.format("%-" + bar + "s | %s", "code", "ams"));
    assertThat(lines.get(0)).startsWith("account_type").endsWith("| Location");
  }

  @Test
  void truncatedDataIsOneErrorLineNamingFieldAndOffset(@TempDir Path tmp) throws Exception {
    byte[] device = Files.readAllBytes(fixture(SVC + "device.bin"));
    Path cut = tmp.resolve("cut.bin");
    Files.write(cut, Arrays.copyOf(device, 100));
    Result r = run("account", "decode", "--program", "serviceability", "--file", cut.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "Error: cannot decode serviceability account: Device.exchange_pk at offset 82: needs 32"
                + " bytes, 18 remain");
  }

  @Test
  void bytesOfAnotherProgramAreRejected() throws Exception {
    String device =
        Base64.getEncoder().encodeToString(Files.readAllBytes(fixture(SVC + "device.bin")));
    Result r = run("account", "decode", "--program", "geolocation", "--base64", device);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("Error: cannot decode geolocation account:")
        .doesNotContain("\tat ");
  }

  @Test
  void badInputsFailWithoutStackTraces() {
    Result missing =
        run("account", "decode", "--program", "serviceability", "--file", "/nonexistent/x.bin");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().strip())
        .isEqualTo("Error: cannot read /nonexistent/x.bin: no such file");

    Result base64 = run("account", "decode", "--program", "serviceability", "--base64", "%%%");
    assertThat(base64.code()).isEqualTo(1);
    assertThat(base64.err()).startsWith("Error: invalid --base64 value");

    Result empty = run("account", "decode", "--program", "serviceability", "--base64", "");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).startsWith("Error: cannot decode serviceability account:");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("account", "decode", "--program", "nope", "--base64", "AA").code()).isEqualTo(2);
    assertThat(run("account", "decode", "--program", "serviceability").code()).isEqualTo(2);
    assertThat(
            run("account", "decode", "--program", "serviceability", "--file", "a", "--base64", "AA")
                .code())
        .isEqualTo(2);
    assertThat(run("account").code()).isEqualTo(2);
  }

  @Test
  void programNamesAreCaseInsensitive() throws Exception {
    String location =
        Base64.getEncoder().encodeToString(Files.readAllBytes(fixture(SVC + "location.bin")));
    assertThat(run("account", "decode", "--program", "Serviceability", "--base64", location).code())
        .isZero();
    assertThat(ServiceabilityAccounts.decode(Base64.getDecoder().decode(location)).fields())
        .isNotEmpty();
  }
}
