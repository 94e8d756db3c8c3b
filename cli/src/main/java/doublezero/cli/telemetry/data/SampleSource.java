package doublezero.cli.telemetry.data;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.AccountInfo;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.telemetry.state.TelemetryAccount;
import doublezero.sdk.telemetry.state.TelemetryAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Reads telemetry accounts by address, 100 per `getMultipleAccounts` call (the RPC's limit). An
/// address with no account, or an account not owned by the telemetry program, reads as absent: the
/// reference skips such epochs (`ErrAccountNotFound`).
public final class SampleSource {
  private static final int BATCH = 100;
  private final RpcClient rpc;
  private final PublicKey programId;

  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the telemetry program id
  public SampleSource(RpcClient rpc, PublicKey programId) {
    this.rpc = rpc;
    this.programId = programId;
  }

  /// @return the telemetry program id
  public PublicKey programId() {
    return programId;
  }

  /// @param addresses account addresses
  /// @return for each address, its decoded account or empty
  /// @throws doublezero.sdk.borsh.DecodeException when an account of the program does not decode
  /// @throws doublezero.sdk.solana.rpc.RpcException when the ledger does not answer
  public List<Optional<TelemetryAccount>> read(List<PublicKey> addresses) {
    List<Optional<TelemetryAccount>> out = new ArrayList<>(addresses.size());
    for (int i = 0; i < addresses.size(); i += BATCH) {
      List<PublicKey> chunk = addresses.subList(i, Math.min(addresses.size(), i + BATCH));
      for (Optional<AccountInfo> a : rpc.getMultipleAccounts(chunk)) {
        out.add(
            a.filter(x -> x.owner().equals(programId) && x.data().length > 0)
                .map(x -> TelemetryAccounts.decode(x.data())));
      }
    }
    return out;
  }

  /// @return the ledger's current epoch
  public long currentEpoch() {
    return rpc.getEpochInfo().epoch();
  }
}
