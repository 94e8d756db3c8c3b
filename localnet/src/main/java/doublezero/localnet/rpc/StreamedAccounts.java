package doublezero.localnet.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import doublezero.localnet.ledger.Account;
import doublezero.sdk.solana.key.Base58;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// A large account list written straight to the response by Jackson's generator instead of being
/// built as maps first: `getProgramAccounts` (`[{account, pubkey}, …]`, keyed) and
/// `getMultipleAccounts` (`[account | null, …]`). The accounts are an immutable snapshot taken
/// under the store's read lock, so streaming needs no lock.
///
/// @param encoder the encoding and slice
/// @param keys the addresses, for the keyed form; null for the plain form
/// @param accounts the accounts (null entries for missing accounts in the plain form)
record StreamedAccounts(AccountEncoder encoder, List<PublicKey> keys, List<Account> accounts)
    implements JsonSerializable {
  @Override
  public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
    Map<PublicKey, String> owners = new HashMap<>();
    g.writeStartArray();
    for (int i = 0; i < accounts.size(); i++) {
      if (keys == null) {
        encoder.write(g, accounts.get(i), owners);
      } else {
        g.writeStartObject();
        g.writeFieldName("account");
        encoder.write(g, accounts.get(i), owners);
        g.writeStringField("pubkey", Base58.encode(keys.get(i).toBytes()));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  @Override
  public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer type)
      throws IOException {
    serialize(g, provider);
  }
}
