package doublezero.sdk.telemetry.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.util.List;

/// Accounts of [InitializeInternetLatencySamples] (`reference/telemetry-geolocation.md` §A.6).
///
/// @param latencySamples the InternetLatencySamples PDA (writable)
/// @param agent the collector (writable signer; pays the rent)
/// @param originExchange origin Exchange (serviceability, read-only)
/// @param targetExchange target Exchange (read-only)
public record InitializeInternetLatencySamplesAccounts(
    PublicKey latencySamples, PublicKey agent, PublicKey originExchange, PublicKey targetExchange) {
  /// @throws NullPointerException for a null key
  public InitializeInternetLatencySamplesAccounts {
    requireNonNull(latencySamples, "latencySamples");
    requireNonNull(agent, "agent");
    requireNonNull(originExchange, "originExchange");
    requireNonNull(targetExchange, "targetExchange");
  }

  /// @param programId the telemetry program
  /// @param agent the collector (signer, PDA seed)
  /// @param dataProviderName provider name (PDA seed)
  /// @param originExchange origin Exchange
  /// @param targetExchange target Exchange
  /// @param epoch DZ-ledger epoch
  /// @return the accounts with the PDA derived by [TelemetryPda#internetLatencySamples]
  /// @throws IllegalArgumentException when the name is longer than 32 bytes
  public static InitializeInternetLatencySamplesAccounts derive(
      PublicKey programId,
      PublicKey agent,
      String dataProviderName,
      PublicKey originExchange,
      PublicKey targetExchange,
      long epoch) {
    PublicKey pda =
        TelemetryPda.internetLatencySamples(
                programId, agent, dataProviderName, originExchange, targetExchange, epoch)
            .address();
    return new InitializeInternetLatencySamplesAccounts(pda, agent, originExchange, targetExchange);
  }

  /// @return PDA (w), collector (s, w), origin exchange, target exchange, system program
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(latencySamples),
        AccountMeta.writableSigner(agent),
        AccountMeta.readonly(originExchange),
        AccountMeta.readonly(targetExchange),
        AccountMeta.readonly(PublicKey.DEFAULT));
  }
}
