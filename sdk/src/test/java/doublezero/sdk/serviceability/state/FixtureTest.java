package doublezero.sdk.serviceability.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.sdk.fields.FieldValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Every golden fixture decodes, re-encodes byte for byte, and every field of its JSON sidecar
/// equals the decoded value (reference `serviceability-state.md` §8; unlike the reference SDKs'
/// tests, no JSON field is skipped).
class FixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @Test
  void allFifteenFixturesArePresent() {
    assertThat(fixtures()).hasSize(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void decodesAndReencodesByteForByte(String name) {
    byte[] data = Fixtures.bin(name);
    ServiceabilityAccount account = ServiceabilityAccounts.decode(data);
    assertThat(account.encode()).isEqualTo(data);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyJsonFieldEqualsTheDecodedField(String name) throws Exception {
    JsonNode json = JSON.readTree(Fixtures.json(name));
    ServiceabilityAccount account = ServiceabilityAccounts.decode(Fixtures.bin(name));
    assertThat(account.accountType().wireValue()).isEqualTo(json.get("account_type").asInt());
    assertThat(json.get("name").asText()).startsWith(account.getClass().getSimpleName());

    Map<String, FieldValue> decoded = FixtureFields.flatten(account.fields());
    if (account instanceof ResourceExtension re) {
      // Values the fixture generator derives from the bitmap (GOSDK
      // TotalCapacity/AllocatedCount/AvailableCount).
      decoded.put("totalcapacity", u64(re.capacity()));
      decoded.put("allocatedcount", u64(re.allocatedCount()));
      decoded.put("availablecount", u64(re.availableCount()));
    }
    int compared = 0;
    for (JsonNode f : json.get("fields")) {
      String jsonName = f.get("name").asText();
      FieldValue actual = decoded.get(FixtureFields.decodedName(jsonName));
      if (actual == null) {
        fail(
            name
                + ": JSON field "
                + jsonName
                + " matches no decoded field; decoded: "
                + decoded.keySet());
      }
      assertLeaf(name + "." + jsonName, f.get("typ").asText(), f.get("value").asText(), actual);
      compared++;
    }
    assertThat(compared).isEqualTo(json.get("fields").size()).isPositive();
  }

  private static FieldValue u64(long v) {
    return new FieldValue.Int(FieldValue.IntType.U64, BigInteger.valueOf(v));
  }

  static void assertLeaf(String where, String typ, String expected, FieldValue actual) {
    switch (typ) {
      case "u8", "u16", "u32", "u64", "u128" -> {
        switch (actual) {
          case FieldValue.Int i -> {
            assertThat(i.type().rustName()).as(where + " type").isEqualTo(typ);
            assertThat(i.value().toString()).as(where).isEqualTo(expected);
          }
          case FieldValue.Variant v -> {
            assertThat(typ).as(where + " enum typ").isEqualTo("u8");
            assertThat(String.valueOf(v.discriminant())).as(where).isEqualTo(expected);
          }
          default -> fail(where + ": expected an integer, decoded " + actual);
        }
      }
      case "pubkey" ->
          assertThat(((FieldValue.Key) actual).value().toBase58()).as(where).isEqualTo(expected);
      case "string" -> assertThat(((FieldValue.Text) actual).value()).as(where).isEqualTo(expected);
      case "bool" ->
          assertThat(String.valueOf(((FieldValue.Bool) actual).value()))
              .as(where)
              .isEqualTo(expected);
      case "ipv4" ->
          assertThat(((FieldValue.Ip) actual).value().toString()).as(where).isEqualTo(expected);
      case "networkv4" ->
          assertThat(((FieldValue.Net) actual).value().toString()).as(where).isEqualTo(expected);
      case "f64" ->
          assertThat(((FieldValue.Float64) actual).value())
              .as(where)
              .isEqualTo(Double.parseDouble(expected));
      default -> fail(where + ": unknown typ " + typ);
    }
  }
}
