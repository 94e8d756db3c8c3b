package doublezero.sdk.geolocation.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// Accounts of [UpdateGeoProbe], [DeleteGeoProbe] and [RemoveParentDevice]
/// (`reference/telemetry-geolocation.md` §D.6, Rust SDK `geolocation/geo_probe`): probe, config,
/// serviceability GlobalState (for the foundation allowlist), then the payer and the System program
/// (flagged writable, as the SDK does).
///
/// @param probe the GeoProbe account (writable)
/// @param config the geolocation config PDA (read-only)
/// @param globalState the serviceability GlobalState account (read-only)
/// @param payer a foundation-allowlisted key (writable signer; receives the lamports on delete)
public record GeoProbeAccounts(
    PublicKey probe, PublicKey config, PublicKey globalState, PublicKey payer) {
  /// @throws NullPointerException for a null key
  public GeoProbeAccounts {
    requireNonNull(probe, "probe");
    requireNonNull(config, "config");
    requireNonNull(globalState, "globalState");
    requireNonNull(payer, "payer");
  }

  /// @param programId the geolocation program
  /// @param code the probe code
  /// @param globalState the serviceability GlobalState account
  /// @param payer the payer
  /// @return the accounts with the probe and config PDAs derived
  public static GeoProbeAccounts derive(
      PublicKey programId, String code, PublicKey globalState, PublicKey payer) {
    return new GeoProbeAccounts(
        GeolocationPda.geoProbe(programId, code).address(),
        GeolocationPda.programConfig(programId).address(),
        globalState,
        payer);
  }

  /// @return probe (w), config, GlobalState, payer (s, w), system program (w)
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(probe),
        AccountMeta.readonly(config),
        AccountMeta.readonly(globalState),
        AccountMeta.writableSigner(payer),
        AccountMeta.writable(PublicKey.DEFAULT));
  }
}
