package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;

/// The answer of `getTransaction` (requested with `encoding: base64`,
/// `maxSupportedTransactionVersion: 0`).
///
/// @param slot the slot it was processed in (u64)
/// @param blockTime estimated production time, Unix seconds; empty when unknown
/// @param meta status metadata; empty when the node has none
/// @param transaction the serialized transaction (wire bytes)
/// @param raw the whole result object as the node wrote it
public record TransactionDetails(
    long slot,
    OptionalLong blockTime,
    Optional<TransactionMeta> meta,
    byte[] transaction,
    JsonNode raw) {
  /// Copies the transaction bytes.
  public TransactionDetails {
    transaction = transaction.clone();
  }

  /// @return a copy of the serialized transaction
  @Override
  public byte[] transaction() {
    return transaction.clone();
  }

  /// @param json the result object
  /// @return the details
  /// @throws RpcException (MALFORMED_RESPONSE) when the shape is wrong
  public static TransactionDetails fromJson(JsonNode json) {
    JsonNode bt = json.path("blockTime");
    OptionalLong blockTime =
        bt.isNull() || bt.isMissingNode()
            ? OptionalLong.empty()
            : OptionalLong.of(RpcJson.i64(json, "blockTime"));
    JsonNode m = json.path("meta");
    Optional<TransactionMeta> meta =
        m.isObject() ? Optional.of(TransactionMeta.fromJson(m)) : Optional.empty();
    JsonNode tx = json.path("transaction");
    if (!tx.isArray()
        || tx.size() != 2
        || !tx.get(0).isTextual()
        || !"base64".equals(tx.get(1).asText())) {
      throw RpcException.malformed(
          "transaction must be [\"<base64>\", \"base64\"], got " + RpcJson.describe(tx));
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(tx.get(0).textValue());
    } catch (IllegalArgumentException e) {
      throw RpcException.malformed("transaction is not base64: " + e.getMessage());
    }
    return new TransactionDetails(RpcJson.u64(json, "slot"), blockTime, meta, bytes, json);
  }
}
