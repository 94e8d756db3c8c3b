package doublezero.sdk.serviceability.client;

import doublezero.sdk.serviceability.error.ServiceabilityErrorResolver;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.client.ProgramClient;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The serviceability program on one ledger (reference: `smartcontract/sdk/rs` `DZClient`): every
/// account of a type, one account by key, the GlobalState and GlobalConfig singletons at their
/// PDAs, and instructions sent with confirmation; custom error codes come back as
/// `ServiceabilityError` names, e.g. `InvalidStatus (7)`.
public final class ServiceabilityClient extends ProgramClient<ServiceabilityAccount> {
  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the serviceability program id of that ledger (see `Environment`)
  /// @param commitment the commitment a send waits for
  /// @param timeout how long a send waits for confirmation
  public ServiceabilityClient(
      RpcClient rpc, PublicKey programId, Commitment commitment, Duration timeout) {
    super(
        rpc,
        programId,
        ServiceabilityAccounts::decode,
        new ServiceabilityErrorResolver(programId),
        commitment,
        timeout);
  }

  /// @param type the account type
  /// @param klass the record class of that type, e.g. `Device.class`
  /// @param <T> the record type
  /// @return every account of the type
  public <T extends ServiceabilityAccount> List<DecodedAccount<T>> getAll(
      AccountType type, Class<T> klass) {
    return getAll(type.wireValue(), klass);
  }

  /// @return the GlobalState at its PDA, or empty before the program is initialised
  public Optional<GlobalState> globalState() {
    return get(ServiceabilityPdas.globalState(programId()).address(), GlobalState.class)
        .map(DecodedAccount::state);
  }

  /// @return the GlobalConfig at its PDA, or empty before it is set
  public Optional<GlobalConfig> globalConfig() {
    return get(ServiceabilityPdas.globalConfig(programId()).address(), GlobalConfig.class)
        .map(DecodedAccount::state);
  }
}
