package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/// The answer of `simulateTransaction` (`value` of the response, plus the context slot).
///
/// @param contextSlot the slot the simulation ran at
/// @param err why the simulated transaction failed; empty when it succeeded
/// @param logs the program log lines
/// @param unitsConsumed compute units consumed, when the node reports them
/// @param raw the `value` object as the node wrote it (accounts, returnData, innerInstructions…)
public record SimulationResult(
    long contextSlot,
    Optional<TransactionError> err,
    List<String> logs,
    OptionalLong unitsConsumed,
    JsonNode raw) {
  /// Copies the logs.
  public SimulationResult {
    logs = List.copyOf(logs);
  }

  /// @param contextSlot the response context slot
  /// @param value the `value` object
  /// @return the result
  /// @throws RpcException (MALFORMED_RESPONSE) when `err` or `unitsConsumed` has the wrong shape
  public static SimulationResult fromJson(long contextSlot, JsonNode value) {
    JsonNode err = value.path("err");
    Optional<TransactionError> e =
        err.isNull() || err.isMissingNode()
            ? Optional.empty()
            : Optional.of(TransactionError.fromJson(err));
    return new SimulationResult(
        contextSlot,
        e,
        RpcJson.textList(value, "logs"),
        RpcJson.optionalU64(value, "unitsConsumed"),
        value);
  }
}
