package doublezero.sdk.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import doublezero.sdk.solana.key.PublicKey;
import java.util.Objects;

/// An account with its address, as `getProgramAccounts` and `programNotification` report it.
///
/// @param pubkey the account's address
/// @param account the account
public record KeyedAccount(PublicKey pubkey, AccountInfo account) {
  /// Requires both components.
  public KeyedAccount {
    Objects.requireNonNull(pubkey, "pubkey");
    Objects.requireNonNull(account, "account");
  }

  /// @param json `{"pubkey":"…","account":{…}}`
  /// @return the keyed account
  /// @throws RpcException (MALFORMED_RESPONSE) when the shape is wrong
  public static KeyedAccount fromJson(JsonNode json) {
    return new KeyedAccount(
        RpcJson.publicKey(json, "pubkey"), AccountInfo.fromJson(json.path("account")));
  }
}
