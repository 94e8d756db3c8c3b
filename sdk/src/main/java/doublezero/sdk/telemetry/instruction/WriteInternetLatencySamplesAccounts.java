package doublezero.sdk.telemetry.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// Accounts of [WriteInternetLatencySamples] (`reference/telemetry-geolocation.md` §A.6). The
/// collector is listed read-only as the reference writer does; as fee payer it becomes writable in
/// the compiled message, which the rent top-up on resize needs.
///
/// @param latencySamples the InternetLatencySamples account (writable)
/// @param agent the collector recorded in the header (signer)
public record WriteInternetLatencySamplesAccounts(PublicKey latencySamples, PublicKey agent) {
  /// @throws NullPointerException for a null key
  public WriteInternetLatencySamplesAccounts {
    requireNonNull(latencySamples, "latencySamples");
    requireNonNull(agent, "agent");
  }

  /// @return account (w), agent (s), system program
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(latencySamples),
        AccountMeta.readonlySigner(agent),
        AccountMeta.readonly(PublicKey.DEFAULT));
  }
}
