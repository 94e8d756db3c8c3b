package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/// One entry of `getSignaturesForAddress` (Solana `RpcConfirmedTransactionStatusWithSignature`).
///
/// @param signature the transaction signature (base58)
/// @param slot the slot it was processed in (u64)
/// @param err why it failed; empty when it succeeded
/// @param memo the memo instructions' text (`[<len>] <text>`, joined with `; `); empty when none
/// @param blockTime estimated production time, Unix seconds; empty when unknown
/// @param confirmationStatus the cluster's commitment for it; empty on nodes too old to report it
public record SignatureInfo(
    String signature,
    long slot,
    Optional<TransactionError> err,
    Optional<String> memo,
    OptionalLong blockTime,
    Optional<Commitment> confirmationStatus) {

  /// @param json `{"signature","slot","err","memo","blockTime","confirmationStatus"}`
  /// @return the entry
  /// @throws RpcException (MALFORMED_RESPONSE) when the shape is wrong or the confirmation status
  ///   unknown
  public static SignatureInfo fromJson(JsonNode json) {
    JsonNode err = json.path("err");
    Optional<TransactionError> e =
        err.isNull() || err.isMissingNode()
            ? Optional.empty()
            : Optional.of(TransactionError.fromJson(err));
    JsonNode memo = json.path("memo");
    Optional<String> m =
        memo.isNull() || memo.isMissingNode()
            ? Optional.empty()
            : Optional.of(RpcJson.text(json, "memo"));
    JsonNode bt = json.path("blockTime");
    OptionalLong blockTime =
        bt.isNull() || bt.isMissingNode()
            ? OptionalLong.empty()
            : OptionalLong.of(RpcJson.i64(json, "blockTime"));
    JsonNode cs = json.path("confirmationStatus");
    Optional<Commitment> status = Optional.empty();
    if (!cs.isNull() && !cs.isMissingNode()) {
      Commitment c = Commitment.fromWire(RpcJson.text(json, "confirmationStatus"));
      if (c == null) {
        throw RpcException.malformed("unknown confirmationStatus '" + cs.asText() + "'");
      }
      status = Optional.of(c);
    }
    return new SignatureInfo(
        RpcJson.text(json, "signature"), RpcJson.u64(json, "slot"), e, m, blockTime, status);
  }
}
