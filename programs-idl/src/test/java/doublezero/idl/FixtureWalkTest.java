package doublezero.idl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.sdk.borsh.DecodeException;
import doublezero.testkit.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/// Walks every golden account fixture of the reference tree
/// (sdk/{serviceability,telemetry}/testdata/fixtures) with the IDL alone: each `.bin` must be
/// consumed exactly, and every value of the `.json` sidecar whose name matches an IDL field path
/// must equal what the walk read. A layout with a wrong width, order or type fails here.
class FixtureWalkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /// Sidecar names of ResourceExtension that flatten the allocator differently from the IDL path.
  private static final Map<String, String> ALIASES =
      Map.of(
          "allocatortype",
          "allocator",
          "rangestart",
          "allocatorrange0",
          "rangeend",
          "allocatorrange1",
          "basenet",
          "allocatorbasenet",
          "firstfreeindex",
          "allocatorfirstfreeindex",
          "allocatedcount",
          "storagebits");

  @TestFactory
  Stream<DynamicTest> serviceabilityFixtures() throws IOException {
    return fixtures("serviceability", ProgramIdl.load("serviceability"));
  }

  @TestFactory
  Stream<DynamicTest> telemetryFixtures() throws IOException {
    return fixtures("telemetry", ProgramIdl.load("telemetry"));
  }

  private static Stream<DynamicTest> fixtures(String program, ProgramIdl idl) throws IOException {
    Path dir = ReferenceData.require().resolve("sdk/" + program + "/testdata/fixtures");
    List<Path> bins;
    try (Stream<Path> files = Files.list(dir)) {
      bins = files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
    }
    assertThat(bins).isNotEmpty();
    return bins.stream()
        .map(bin -> DynamicTest.dynamicTest(bin.getFileName().toString(), () -> check(idl, bin)));
  }

  private static void check(ProgramIdl idl, Path bin) throws IOException {
    byte[] data = Files.readAllBytes(bin);
    Map<String, String> walked = new java.util.HashMap<>(IdlWalker.walkAccount(idl, data));
    walked.put("storagebits", Integer.toString(bitsSet(walked)));
    JsonNode sidecar =
        JSON.readTree(
            bin.resolveSibling(bin.getFileName().toString().replace(".bin", ".json")).toFile());
    List<String> compared = new ArrayList<>();
    for (JsonNode field : sidecar.get("fields")) {
      String key = IdlWalker.norm(field.get("name").asText());
      String expected = field.get("value").asText();
      String actual = walked.getOrDefault(key, walked.get(ALIASES.getOrDefault(key, key)));
      if (actual == null) {
        continue;
      }
      if (field.get("typ").asText().equals("f64")) {
        assertThat(Double.parseDouble(actual)).as(key).isEqualTo(Double.parseDouble(expected));
      } else {
        assertThat(actual).as(key).isEqualTo(expected);
      }
      compared.add(key);
    }
    // Not vacuous: the account type and most named fields must line up with the sidecar.
    assertThat(compared).contains("accounttype");
    assertThat(compared.size())
        .as("fields compared, of " + sidecar.get("fields").size() + ": " + compared)
        .isGreaterThanOrEqualTo(sidecar.get("fields").size() / 2);
  }

  private static int bitsSet(Map<String, String> walked) {
    int bits = 0;
    for (int i = 0; walked.containsKey("storage" + i); i++) {
      bits += Integer.bitCount(Integer.parseInt(walked.get("storage" + i)));
    }
    return bits;
  }

  @TestFactory
  Stream<DynamicTest> everyTruncationOfAFixtureIsRejected() {
    ProgramIdl idl = ProgramIdl.load("serviceability");
    byte[] device = ReferenceData.bytes("sdk/serviceability/testdata/fixtures/device.bin");
    byte[] tenant = ReferenceData.bytes("sdk/serviceability/testdata/fixtures/tenant.bin");
    return Stream.of(device, tenant)
        .flatMap(
            full ->
                Stream.of(1, 50, full.length / 2, full.length - 1)
                    .map(
                        n ->
                            DynamicTest.dynamicTest(
                                "truncated to " + n + " of " + full.length,
                                () ->
                                    assertThatCode(
                                            () ->
                                                IdlWalker.walkAccount(idl, Arrays.copyOf(full, n)))
                                        .isInstanceOf(DecodeException.class))));
  }

  @TestFactory
  Stream<DynamicTest> trailingBytesAreRejectedByTheStrictWalk() {
    ProgramIdl idl = ProgramIdl.load("serviceability");
    byte[] location = ReferenceData.bytes("sdk/serviceability/testdata/fixtures/location.bin");
    byte[] longer = Arrays.copyOf(location, location.length + 1);
    return Stream.of(
        DynamicTest.dynamicTest(
            "location + 1 byte",
            () ->
                assertThatCode(() -> IdlWalker.walkAccount(idl, longer))
                    .isInstanceOf(DecodeException.class)));
  }
}
