package doublezero.sdk.geolocation.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// Accounts of [InitProgramConfig] and [UpdateProgramConfig] (`reference/telemetry-geolocation.md`
/// §D.6, Rust SDK `geolocation/programconfig`). The SDK appends the payer and the System program,
/// the latter flagged writable (the runtime demotes it); this list does the same so compiled
/// messages match the reference client's.
///
/// @param config the config PDA (writable)
/// @param programData the program's program-data account (read-only; its upgrade authority must be
///   the payer)
/// @param payer the upgrade authority (writable signer)
public record ProgramConfigAccounts(PublicKey config, PublicKey programData, PublicKey payer) {
  /// @throws NullPointerException for a null key
  public ProgramConfigAccounts {
    requireNonNull(config, "config");
    requireNonNull(programData, "programData");
    requireNonNull(payer, "payer");
  }

  /// @param programId the geolocation program
  /// @param payer the upgrade authority
  /// @return the accounts with the config and program-data PDAs derived
  public static ProgramConfigAccounts derive(PublicKey programId, PublicKey payer) {
    return new ProgramConfigAccounts(
        GeolocationPda.programConfig(programId).address(),
        GeolocationPda.programData(programId).address(),
        payer);
  }

  /// @return config (w), program data, payer (s, w), system program (w)
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(config),
        AccountMeta.readonly(programData),
        AccountMeta.writableSigner(payer),
        AccountMeta.writable(PublicKey.DEFAULT));
  }
}
