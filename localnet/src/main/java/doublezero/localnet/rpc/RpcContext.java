package doublezero.localnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.localnet.node.LedgerNode;
import doublezero.localnet.runtime.Bank;
import doublezero.sdk.solana.key.Keypair;
import java.util.Map;

/// What the RPC methods share: the ledger, the faucet, and the version they report.
///
/// @param node the ledger
/// @param faucet the airdrop faucet's keypair
/// @param identity the node identity reported by getIdentity
public record RpcContext(LedgerNode node, Keypair faucet, Keypair identity) {
  /// The `solana-core` version reported by getVersion and in `context.apiVersion`.
  public static final String VERSION = "2.2.16";

  /// The feature-set id reported by getVersion.
  public static final long FEATURE_SET = 3294202862L;

  /// The bank.
  public Bank bank() {
    return node.bank();
  }

  /// Whether a request's commitment reads only durable state: `confirmed`, `finalized` (the
  /// default) and their deprecated aliases do; `processed` and `recent` see what has executed but
  /// may not yet be in the journal on disk.
  public static boolean durable(JsonNode config) {
    String c = config.path("commitment").asText("finalized");
    return !c.equals("processed") && !c.equals("recent");
  }

  /// `{"slot": s, "apiVersion": "…"}` after checking `minContextSlot`; `s` is the slot at the
  /// request's commitment.
  ///
  /// @throws RpcException -32016 when `minContextSlot` is ahead of the ledger
  public Map<String, Object> context(JsonNode config) {
    long slot = bank().slot(durable(config));
    JsonNode min = config.path("minContextSlot");
    if (min.isIntegralNumber() && Long.compareUnsigned(Params.u64(min), slot) > 0) {
      throw new RpcException(
          RpcException.MIN_CONTEXT_SLOT_NOT_REACHED,
          "Minimum context slot has not been reached",
          Json.obj("contextSlot", slot));
    }
    return Json.obj("slot", slot, "apiVersion", VERSION);
  }

  /// `{"context": …, "value": value}`.
  public Map<String, Object> withContext(JsonNode config, Object value) {
    return Json.obj("context", context(config), "value", value);
  }
}
