package doublezero.sdk.telemetry.client;

import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.client.ProgramClient;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.telemetry.error.TelemetryErrorResolver;
import doublezero.sdk.telemetry.state.DeviceLatencySamples;
import doublezero.sdk.telemetry.state.InternetLatencySamples;
import doublezero.sdk.telemetry.state.TelemetryAccount;
import doublezero.sdk.telemetry.state.TelemetryAccountType;
import doublezero.sdk.telemetry.state.TelemetryAccounts;
import java.time.Duration;
import java.util.List;

/// The telemetry program on one ledger (`telemetry-geolocation.md` §A): latency-sample accounts by
/// type or key, and instructions sent with confirmation; custom error codes come back as
/// `TelemetryError` names.
public final class TelemetryClient extends ProgramClient<TelemetryAccount> {
  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the telemetry program id of that ledger (see `Environment`)
  /// @param commitment the commitment a send waits for
  /// @param timeout how long a send waits for confirmation
  public TelemetryClient(
      RpcClient rpc, PublicKey programId, Commitment commitment, Duration timeout) {
    super(
        rpc,
        programId,
        TelemetryAccounts::decode,
        TelemetryErrorResolver.of(programId),
        commitment,
        timeout);
  }

  /// @return every device-latency-samples account (all epochs, all links)
  public List<DecodedAccount<DeviceLatencySamples>> deviceLatencySamples() {
    return getAll(
        TelemetryAccountType.DEVICE_LATENCY_SAMPLES.wireValue(), DeviceLatencySamples.class);
  }

  /// @return every internet-latency-samples account
  public List<DecodedAccount<InternetLatencySamples>> internetLatencySamples() {
    return getAll(
        TelemetryAccountType.INTERNET_LATENCY_SAMPLES.wireValue(), InternetLatencySamples.class);
  }
}
