package doublezero.sdk.geolocation.client;

import doublezero.sdk.geolocation.error.GeolocationErrorResolver;
import doublezero.sdk.geolocation.state.GeoProbe;
import doublezero.sdk.geolocation.state.GeolocationAccount;
import doublezero.sdk.geolocation.state.GeolocationAccountType;
import doublezero.sdk.geolocation.state.GeolocationAccounts;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.client.ProgramClient;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import java.time.Duration;
import java.util.List;

/// The geolocation program on one ledger (`telemetry-geolocation.md` §D): probes, users and config
/// by type or key, and instructions sent with confirmation; custom error codes come back as
/// `GeolocationError` names.
public final class GeolocationClient extends ProgramClient<GeolocationAccount> {
  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the geolocation program id of that ledger (see `Environment`)
  /// @param commitment the commitment a send waits for
  /// @param timeout how long a send waits for confirmation
  public GeolocationClient(
      RpcClient rpc, PublicKey programId, Commitment commitment, Duration timeout) {
    super(
        rpc,
        programId,
        GeolocationAccounts::decode,
        GeolocationErrorResolver.of(programId),
        commitment,
        timeout);
  }

  /// @return every GeoProbe account
  public List<DecodedAccount<GeoProbe>> geoProbes() {
    return getAll(GeolocationAccountType.GEO_PROBE.wireValue(), GeoProbe.class);
  }
}
