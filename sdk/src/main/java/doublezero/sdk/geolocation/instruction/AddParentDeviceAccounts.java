package doublezero.sdk.geolocation.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// Accounts of [AddParentDevice] (`reference/telemetry-geolocation.md` §D.6, Rust SDK
/// `geo_probe/add_parent_device.rs`).
///
/// @param probe the GeoProbe account (writable)
/// @param device the serviceability Device to add (read-only; must be Activated)
/// @param config the geolocation config PDA (read-only)
/// @param globalState the serviceability GlobalState account (read-only)
/// @param payer a foundation-allowlisted key (writable signer; pays for the growth)
public record AddParentDeviceAccounts(
    PublicKey probe, PublicKey device, PublicKey config, PublicKey globalState, PublicKey payer) {
  /// @throws NullPointerException for a null key
  public AddParentDeviceAccounts {
    requireNonNull(probe, "probe");
    requireNonNull(device, "device");
    requireNonNull(config, "config");
    requireNonNull(globalState, "globalState");
    requireNonNull(payer, "payer");
  }

  /// @param programId the geolocation program
  /// @param code the probe code (PDA seed)
  /// @param device the Device
  /// @param globalState the serviceability GlobalState account
  /// @param payer the payer
  /// @return the accounts with the probe and config PDAs derived
  public static AddParentDeviceAccounts derive(
      PublicKey programId, String code, PublicKey device, PublicKey globalState, PublicKey payer) {
    return new AddParentDeviceAccounts(
        GeolocationPda.geoProbe(programId, code).address(),
        device,
        GeolocationPda.programConfig(programId).address(),
        globalState,
        payer);
  }

  /// @return probe (w), device, config, GlobalState, payer (s, w), system program (w)
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(probe),
        AccountMeta.readonly(device),
        AccountMeta.readonly(config),
        AccountMeta.readonly(globalState),
        AccountMeta.writableSigner(payer),
        AccountMeta.writable(PublicKey.DEFAULT));
  }
}
