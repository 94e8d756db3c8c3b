package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/// The JSON conventions shared by the JSON-RPC and PubSub clients: one mapper that reads every
/// integer exactly (`USE_BIG_INTEGER_FOR_INTS`, never through `double`), and typed readers for
/// Solana's number shapes. Every reader throws [RpcException] of kind
/// [RpcErrorKind#MALFORMED_RESPONSE] naming the field when the JSON does not have the documented
/// shape.
public final class RpcJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private RpcJson() {}

  /// @return the shared mapper (thread-safe)
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /// @return a new empty JSON object
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /// @param text JSON text
  /// @return the tree
  /// @throws RpcException (MALFORMED_RESPONSE) when the text is not JSON
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw RpcException.malformed("not JSON: " + e.getOriginalMessage());
    }
  }

  /// Parses a response body straight from its bytes, without first building a `String` of it (a
  /// 10,000-account `getProgramAccounts` answer is several MiB).
  ///
  /// @param json JSON text as bytes (UTF-8, or UTF-16/32 detected from the first bytes as RFC 8259
  ///   §8.1 allows)
  /// @return the tree
  /// @throws RpcException (MALFORMED_RESPONSE) when the bytes are not JSON
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw RpcException.malformed("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw RpcException.malformed("not JSON: " + e.getMessage());
    }
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the member as an unsigned 64-bit integer held in a long (read with
  ///   `Long.toUnsignedString`)
  /// @throws RpcException when missing, not an integer, negative or above u64::MAX
  public static long u64(JsonNode node, String field) {
    return u64Value(node.path(field), field);
  }

  /// @param value a JSON number
  /// @param what its name, for the message
  /// @return the number as an unsigned 64-bit integer held in a long
  /// @throws RpcException when not an integer in [0, 2^64)
  public static long u64Value(JsonNode value, String what) {
    if (!value.isIntegralNumber()) {
      throw RpcException.malformed(what + " must be an integer, got " + describe(value));
    }
    BigInteger v = value.bigIntegerValue();
    if (v.signum() < 0 || v.compareTo(TWO_64) >= 0) {
      throw RpcException.malformed(what + " out of u64 range: " + v);
    }
    return v.longValue();
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the member as a signed 64-bit integer
  /// @throws RpcException when missing, not an integer or outside the long range
  public static long i64(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw RpcException.malformed(field + " must be a 64-bit integer, got " + describe(value));
    }
    return value.longValue();
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the u64 member, or empty when it is null or absent
  public static OptionalLong optionalU64(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode()
        ? OptionalLong.empty()
        : OptionalLong.of(u64Value(value, field));
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the string member
  /// @throws RpcException when missing or not a string
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw RpcException.malformed(field + " must be a string, got " + describe(value));
    }
    return value.textValue();
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the boolean member
  /// @throws RpcException when missing or not a boolean
  public static boolean bool(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isBoolean()) {
      throw RpcException.malformed(field + " must be a boolean, got " + describe(value));
    }
    return value.booleanValue();
  }

  /// @param node an object
  /// @param field the member to read
  /// @return the base58 public key member
  /// @throws RpcException when missing or not a valid public key
  public static PublicKey publicKey(JsonNode node, String field) {
    String s = text(node, field);
    try {
      return PublicKey.fromBase58(s);
    } catch (IllegalArgumentException e) {
      throw RpcException.malformed(field + ": " + e.getMessage());
    }
  }

  /// @param node an object
  /// @param field the member to read (an array of u64)
  /// @return the values, each an unsigned 64-bit integer in a long
  public static List<Long> u64List(JsonNode node, String field) {
    JsonNode array = node.path(field);
    if (!array.isArray()) {
      throw RpcException.malformed(field + " must be an array, got " + describe(array));
    }
    List<Long> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(u64Value(array.get(i), field + "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  /// @param node an object
  /// @param field the member to read (an array of strings, or null/absent)
  /// @return the strings, empty when null or absent
  public static List<String> textList(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(v -> out.add(v.asText()));
    return List.copyOf(out);
  }

  static String describe(JsonNode value) {
    if (value.isMissingNode()) {
      return "nothing";
    }
    String s = value.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
