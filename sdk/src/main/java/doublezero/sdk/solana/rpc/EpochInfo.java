package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/// The answer of `getEpochInfo`; every component is a u64 held in a long.
///
/// @param absoluteSlot the current slot
/// @param blockHeight the current block height
/// @param epoch the current epoch
/// @param slotIndex the current slot relative to the start of the epoch
/// @param slotsInEpoch the number of slots in this epoch
/// @param transactionCount total transactions processed since genesis (0 when the node omits it)
public record EpochInfo(
    long absoluteSlot,
    long blockHeight,
    long epoch,
    long slotIndex,
    long slotsInEpoch,
    long transactionCount) {
  /// @param json the result object
  /// @return the epoch info
  /// @throws RpcException (MALFORMED_RESPONSE) when a member is missing or not a u64
  public static EpochInfo fromJson(JsonNode json) {
    return new EpochInfo(
        RpcJson.u64(json, "absoluteSlot"),
        RpcJson.u64(json, "blockHeight"),
        RpcJson.u64(json, "epoch"),
        RpcJson.u64(json, "slotIndex"),
        RpcJson.u64(json, "slotsInEpoch"),
        RpcJson.optionalU64(json, "transactionCount").orElse(0));
  }
}
