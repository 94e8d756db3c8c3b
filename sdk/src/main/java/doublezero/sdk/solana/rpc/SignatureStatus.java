package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/// One entry of `getSignatureStatuses`.
///
/// @param slot the slot the transaction was processed in (u64)
/// @param confirmations blocks since confirmation; empty when rooted (finalized)
/// @param confirmationStatus the cluster's commitment for the transaction; empty on nodes too old
///   to report it
/// @param err why the transaction failed; empty when it succeeded
public record SignatureStatus(
    long slot,
    OptionalLong confirmations,
    Optional<Commitment> confirmationStatus,
    Optional<TransactionError> err) {

  /// @param level a commitment level
  /// @return whether the transaction has reached it; without a confirmation status (old nodes), no
  ///   confirmations count means rooted and a count means only `processed` is certain
  public boolean hasReached(Commitment level) {
    Commitment reached =
        confirmationStatus.orElse(
            confirmations.isEmpty() ? Commitment.FINALIZED : Commitment.PROCESSED);
    return reached.isAtLeast(level);
  }

  /// @return whether the transaction failed
  public boolean failed() {
    return err.isPresent();
  }

  /// @param json
  ///   `{"slot":…,"confirmations":n|null,"err":null|…,"status":…,"confirmationStatus":"…"}`
  /// @return the status
  /// @throws RpcException (MALFORMED_RESPONSE) when the shape is wrong or the confirmation status
  ///   unknown
  public static SignatureStatus fromJson(JsonNode json) {
    JsonNode cs = json.path("confirmationStatus");
    Optional<Commitment> commitment = Optional.empty();
    if (cs.isTextual()) {
      Commitment c = Commitment.fromWire(cs.textValue());
      if (c == null) {
        throw RpcException.malformed("unknown confirmationStatus '" + cs.textValue() + "'");
      }
      commitment = Optional.of(c);
    }
    JsonNode err = json.path("err");
    Optional<TransactionError> e =
        err.isNull() || err.isMissingNode()
            ? Optional.empty()
            : Optional.of(TransactionError.fromJson(err));
    return new SignatureStatus(
        RpcJson.u64(json, "slot"), RpcJson.optionalU64(json, "confirmations"), commitment, e);
  }
}
