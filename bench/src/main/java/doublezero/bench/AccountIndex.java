package doublezero.bench;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The in-memory index the benchmarks build: every serviceability account by its address, decoded
/// with [ServiceabilityAccounts#decode(byte[])]. The parse step follows the SDK client's own path
/// from a response body to `List<KeyedAccount>`: the body bytes
/// (`HttpResponse.BodyHandlers.ofByteArray()`), `RpcJson.parse(byte[])`, the `result` array,
/// `KeyedAccount.fromJson` per element (as `RpcClient.getProgramAccounts` does after
/// `JsonRpcTransport.call`).
public final class AccountIndex {
  private AccountIndex() {}

  /// @param body a `getProgramAccounts` response body (UTF-8)
  /// @return the accounts in the node's order
  /// @throws IllegalStateException when the body has no `result` array
  public static List<KeyedAccount> parse(byte[] body) {
    JsonNode json = RpcJson.parse(body);
    JsonNode result = json.get("result");
    if (result == null || !result.isArray()) {
      throw new IllegalStateException("no result array in the response");
    }
    List<KeyedAccount> out = new ArrayList<>();
    result.forEach(a -> out.add(KeyedAccount.fromJson(a)));
    return out;
  }

  /// @param accounts serviceability accounts
  /// @return each decoded account by its address
  /// @throws doublezero.sdk.borsh.DecodeException when an account cannot be decoded
  public static Map<PublicKey, ServiceabilityAccount> index(List<KeyedAccount> accounts) {
    Map<PublicKey, ServiceabilityAccount> index = HashMap.newHashMap(accounts.size());
    for (KeyedAccount k : accounts) {
      index.put(k.pubkey(), ServiceabilityAccounts.decode(k.account().data()));
    }
    return index;
  }

  /// @param body a `getProgramAccounts` response body (UTF-8)
  /// @return the index: [#parse(byte[])] then [#index(List)]
  public static Map<PublicKey, ServiceabilityAccount> build(byte[] body) {
    return index(parse(body));
  }
}
