package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/// The `meta` of a `getTransaction` answer, the fields this SDK uses; [TransactionDetails#raw()]
/// has the rest.
///
/// @param err why the transaction failed; empty when it succeeded
/// @param fee the fee charged, in lamports (u64)
/// @param preBalances lamports of each account key before the transaction (u64 each)
/// @param postBalances lamports of each account key after it (u64 each)
/// @param logMessages program log lines; empty when the node recorded none
public record TransactionMeta(
    Optional<TransactionError> err,
    long fee,
    List<Long> preBalances,
    List<Long> postBalances,
    List<String> logMessages) {
  /// Copies the lists.
  public TransactionMeta {
    preBalances = List.copyOf(preBalances);
    postBalances = List.copyOf(postBalances);
    logMessages = List.copyOf(logMessages);
  }

  /// @param json the `meta` object
  /// @return the meta
  /// @throws RpcException (MALFORMED_RESPONSE) when a member has the wrong shape
  public static TransactionMeta fromJson(JsonNode json) {
    JsonNode err = json.path("err");
    Optional<TransactionError> e =
        err.isNull() || err.isMissingNode()
            ? Optional.empty()
            : Optional.of(TransactionError.fromJson(err));
    return new TransactionMeta(
        e,
        RpcJson.u64(json, "fee"),
        RpcJson.u64List(json, "preBalances"),
        RpcJson.u64List(json, "postBalances"),
        RpcJson.textList(json, "logMessages"));
  }
}
