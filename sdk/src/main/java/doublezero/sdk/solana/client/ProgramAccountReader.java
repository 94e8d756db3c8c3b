package doublezero.sdk.solana.client;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountFilter;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// Reads and decodes the accounts a program owns. Every DoubleZero account starts with a one-byte
/// account type, so "all accounts of a type" is `getProgramAccounts` with a `memcmp` filter on byte
/// 0.
///
/// @param rpc the JSON-RPC client
/// @param programId the owning program
/// @param decoder decodes account data (throws [DecodeException] for bytes that are not a valid
///   account)
/// @param <A> the program's account type
public record ProgramAccountReader<A>(
    RpcClient rpc, PublicKey programId, Function<byte[], ? extends A> decoder) {

  /// @param accountType the account-type byte (0..255)
  /// @return every account of that type, decoded, in the order the node returned them
  /// @throws DecodeException naming the account when one cannot be decoded
  public List<DecodedAccount<A>> getAll(int accountType) {
    List<KeyedAccount> raw =
        rpc.getProgramAccounts(
            programId, List.of(AccountFilter.memcmp(0, new byte[] {(byte) accountType})));
    return raw.stream().map(k -> decode(k.pubkey(), k.account())).toList();
  }

  /// @param address an account
  /// @return the decoded account, or empty when it does not exist
  /// @throws DecodeException naming the account when it is not a valid account of this program
  /// @throws IllegalArgumentException when the account exists but another program owns it
  public Optional<DecodedAccount<A>> get(PublicKey address) {
    return rpc.getAccountInfo(address)
        .map(
            info -> {
              if (!info.owner().equals(programId)) {
                throw new IllegalArgumentException(
                    "account "
                        + address
                        + " is owned by "
                        + info.owner()
                        + ", not by program "
                        + programId);
              }
              return decode(address, info);
            });
  }

  private DecodedAccount<A> decode(PublicKey address, AccountInfo info) {
    try {
      return new DecodedAccount<>(address, info.lamports(), decoder.apply(info.data()));
    } catch (DecodeException e) {
      throw new DecodeException(
          e.type(), e.field(), e.offset(), "account " + address + ": " + e.getMessage());
    }
  }
}
