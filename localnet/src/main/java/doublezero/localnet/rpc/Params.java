package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.util.Set;

/// Positional JSON-RPC parameters with Solana's validation messages.
public final class Params {
  private static final Set<String> COMMITMENTS =
      Set.of(
          "processed", "confirmed", "finalized", "recent", "single", "singleGossip", "root", "max");
  private final JsonNode params;

  /// Wraps the `params` member (null or missing = no params).
  ///
  /// @throws RpcException -32602 when `params` is neither an array nor absent
  public Params(JsonNode params) {
    if (params != null && !params.isNull() && !params.isArray()) {
      throw RpcException.invalidParams("invalid type: map, expected a sequence");
    }
    this.params = params == null || params.isNull() ? JsonNodeFactory.instance.arrayNode() : params;
  }

  /// Number of positional params.
  public int size() {
    return params.size();
  }

  /// Required param `i`.
  public JsonNode required(int i, String what) {
    if (params.size() <= i || params.get(i).isNull()) {
      throw RpcException.invalidParams("missing field `" + what + "`");
    }
    return params.get(i);
  }

  /// Param `i` as given (a JSON null node when absent).
  public JsonNode raw(int i) {
    return params.size() <= i
        ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
        : params.get(i);
  }

  /// Required string param `i`.
  public String string(int i, String what) {
    JsonNode n = required(i, what);
    if (!n.isTextual()) {
      throw RpcException.invalidParams("invalid type: " + describe(n) + ", expected a string");
    }
    return n.asText();
  }

  /// Required unsigned integer param `i` (see {@link #u64(JsonNode)}).
  public long u64(int i, String what) {
    return u64(required(i, what));
  }

  /// A JSON integer in 0..2^64−1 as a u64 held in a `long` (values above 2^63−1 come back negative:
  /// read them unsigned). Nothing wraps: a negative number, one above 2^64−1, a fraction or a
  /// non-number is -32602.
  ///
  /// @throws RpcException -32602 when `n` is not an integer in range
  public static long u64(JsonNode n) {
    if (!n.isIntegralNumber()) {
      throw RpcException.invalidParams("invalid type: " + describe(n) + ", expected u64");
    }
    BigInteger v = n.bigIntegerValue();
    if (v.signum() < 0 || v.bitLength() > 64) {
      throw RpcException.invalidParams("invalid value: integer `" + v + "`, expected u64");
    }
    return v.longValue();
  }

  /// Required public key param `i` (Solana answers "Invalid param: Invalid" for an undecodable
  /// key).
  public PublicKey pubkey(int i, String what) {
    return parsePubkey(string(i, what));
  }

  /// Parses a base58 public key or fails as Solana's `verify_pubkey`.
  public static PublicKey parsePubkey(String s) {
    try {
      return PublicKey.fromBase58(s);
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParamsRaw("Invalid param: Invalid");
    }
  }

  /// Optional config object at `i` (an empty object when absent).
  public JsonNode config(int i) {
    if (params.size() <= i || params.get(i).isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode n = params.get(i);
    if (!n.isObject()) {
      throw RpcException.invalidParams("invalid type: " + describe(n) + ", expected struct config");
    }
    if (n.has("minContextSlot") && !n.get("minContextSlot").isNull()) {
      u64(n.get("minContextSlot"));
    }
    String c = n.path("commitment").asText(null);
    if (c != null && !COMMITMENTS.contains(c)) {
      throw RpcException.invalidParams(
          "unknown variant `" + c + "`, expected one of `processed`, `confirmed`, `finalized`");
    }
    return n;
  }

  /// The JSON type description serde uses in messages.
  static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "string \"" + n.asText() + "\"";
    }
    if (n.isIntegralNumber()) {
      return (n.asLong() < 0 ? "integer `" : "integer `") + n.asText() + "`";
    }
    if (n.isNumber()) {
      return "floating point `" + n.asText() + "`";
    }
    if (n.isBoolean()) {
      return "boolean `" + n.asText() + "`";
    }
    if (n.isArray()) {
      return "sequence";
    }
    if (n.isObject()) {
      return "map";
    }
    return "null";
  }
}
