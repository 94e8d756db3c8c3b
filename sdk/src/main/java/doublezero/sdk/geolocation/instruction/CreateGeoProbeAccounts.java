package doublezero.sdk.geolocation.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// Accounts of [CreateGeoProbe] (`reference/telemetry-geolocation.md` §D.6, Rust SDK
/// `geo_probe/create.rs`).
///
/// @param probe the GeoProbe PDA (writable)
/// @param exchange the serviceability Exchange (read-only; must be Activated)
/// @param config the geolocation config PDA (read-only)
/// @param globalState the serviceability GlobalState account (read-only)
/// @param payer a foundation-allowlisted key (writable signer; becomes the owner)
public record CreateGeoProbeAccounts(
    PublicKey probe, PublicKey exchange, PublicKey config, PublicKey globalState, PublicKey payer) {
  /// @throws NullPointerException for a null key
  public CreateGeoProbeAccounts {
    requireNonNull(probe, "probe");
    requireNonNull(exchange, "exchange");
    requireNonNull(config, "config");
    requireNonNull(globalState, "globalState");
    requireNonNull(payer, "payer");
  }

  /// @param programId the geolocation program
  /// @param code the probe code (PDA seed)
  /// @param exchange the Exchange
  /// @param globalState the serviceability GlobalState account
  /// @param payer the payer
  /// @return the accounts with the probe and config PDAs derived
  public static CreateGeoProbeAccounts derive(
      PublicKey programId,
      String code,
      PublicKey exchange,
      PublicKey globalState,
      PublicKey payer) {
    return new CreateGeoProbeAccounts(
        GeolocationPda.geoProbe(programId, code).address(),
        exchange,
        GeolocationPda.programConfig(programId).address(),
        globalState,
        payer);
  }

  /// @return probe (w), exchange, config, GlobalState, payer (s, w), system program (w)
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(probe),
        AccountMeta.readonly(exchange),
        AccountMeta.readonly(config),
        AccountMeta.readonly(globalState),
        AccountMeta.writableSigner(payer),
        AccountMeta.writable(PublicKey.DEFAULT));
  }
}
