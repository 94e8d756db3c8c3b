package doublezero.sdk.telemetry.instruction;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.util.List;

/// Accounts of [InitializeDeviceLatencySamples], in the order the program reads them
/// (`reference/telemetry-geolocation.md` §A.6, Go `smartcontract/sdk/go/telemetry`).
///
/// @param latencySamples the DeviceLatencySamples PDA (writable)
/// @param agent the origin device's metrics publisher (writable signer; pays the rent)
/// @param originDevice origin Device (serviceability, read-only)
/// @param targetDevice target Device (read-only)
/// @param link the Link (read-only)
public record InitializeDeviceLatencySamplesAccounts(
    PublicKey latencySamples,
    PublicKey agent,
    PublicKey originDevice,
    PublicKey targetDevice,
    PublicKey link) {
  /// @throws NullPointerException for a null key
  public InitializeDeviceLatencySamplesAccounts {
    requireNonNull(latencySamples, "latencySamples");
    requireNonNull(agent, "agent");
    requireNonNull(originDevice, "originDevice");
    requireNonNull(targetDevice, "targetDevice");
    requireNonNull(link, "link");
  }

  /// @param programId the telemetry program
  /// @param agent the signer
  /// @param originDevice origin Device
  /// @param targetDevice target Device
  /// @param link the Link
  /// @param epoch DZ-ledger epoch
  /// @return the accounts with the PDA derived by [TelemetryPda#deviceLatencySamples]
  public static InitializeDeviceLatencySamplesAccounts derive(
      PublicKey programId,
      PublicKey agent,
      PublicKey originDevice,
      PublicKey targetDevice,
      PublicKey link,
      long epoch) {
    PublicKey pda =
        TelemetryPda.deviceLatencySamples(programId, originDevice, targetDevice, link, epoch)
            .address();
    return new InitializeDeviceLatencySamplesAccounts(pda, agent, originDevice, targetDevice, link);
  }

  /// @return PDA (w), agent (s, w), origin device, target device, link, system program
  public List<AccountMeta> metas() {
    return List.of(
        AccountMeta.writable(latencySamples),
        AccountMeta.writableSigner(agent),
        AccountMeta.readonly(originDevice),
        AccountMeta.readonly(targetDevice),
        AccountMeta.readonly(link),
        AccountMeta.readonly(PublicKey.DEFAULT));
  }
}
