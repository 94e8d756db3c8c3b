package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/// The answer of `getVersion`.
///
/// @param solanaCore the node's software version, e.g. `2.2.20`
/// @param featureSet the unique identifier of the node's feature set (u32), when reported
public record NodeVersion(String solanaCore, OptionalLong featureSet) {
  /// @param json `{"solana-core":"…","feature-set":n}`
  /// @return the version
  /// @throws RpcException (MALFORMED_RESPONSE) when `solana-core` is missing
  public static NodeVersion fromJson(JsonNode json) {
    return new NodeVersion(
        RpcJson.text(json, "solana-core"), RpcJson.optionalU64(json, "feature-set"));
  }
}
