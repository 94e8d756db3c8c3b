package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/// Why one instruction failed: Solana's `InstructionError` (`solana-instruction` crate) as the node
/// writes it: a bare string for unit variants (`"InvalidAccountData"`), `{"Custom": n}` for a
/// program's own error code, and `{"Variant": value}` for other variants with data
/// (`{"BorshIoError":"…"}` on older nodes).
public sealed interface InstructionError
    permits CustomInstructionError, NamedInstructionError, DetailedInstructionError {

  /// @return Solana's variant name, e.g. `Custom` or `InvalidAccountData`
  String name();

  /// @return a readable description, e.g. `InvalidStatus (7): Invalid Status` or
  ///   `InvalidAccountData`
  String describe();

  /// @param json an instruction error value
  /// @return the error
  /// @throws RpcException (MALFORMED_RESPONSE) when the JSON is neither a string nor a one-member
  ///   object, or a `Custom` code is not a u32
  static InstructionError fromJson(JsonNode json) {
    if (json.isTextual()) {
      return new NamedInstructionError(json.textValue());
    }
    if (!json.isObject() || json.size() != 1) {
      throw RpcException.malformed(
          "instruction error must be a string or a one-member object, got "
              + RpcJson.describe(json));
    }
    Map.Entry<String, JsonNode> entry = json.properties().iterator().next();
    if (!entry.getKey().equals("Custom")) {
      return new DetailedInstructionError(entry.getKey(), entry.getValue());
    }
    long code = RpcJson.u64Value(entry.getValue(), "Custom");
    if (code > 0xFFFF_FFFFL) {
      throw RpcException.malformed("Custom error code above u32: " + code);
    }
    return new CustomInstructionError(code, null, null);
  }
}
