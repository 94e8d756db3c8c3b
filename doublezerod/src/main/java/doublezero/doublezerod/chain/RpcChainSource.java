package doublezero.doublezerod.chain;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalConfig;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.ServiceabilityAccounts;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.sdk.solana.rpc.RpcClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Reads every account of the serviceability program with one `getProgramAccounts` call and keeps
/// the types the daemon uses. An account that does not decode is skipped, counted ([#undecodable])
/// and logged, never fatal: one bad account must not take every user's tunnel down.
public final class RpcChainSource implements ChainSource {
  private static final Logger LOG = LoggerFactory.getLogger(RpcChainSource.class);
  private final RpcClient rpc;
  private final PublicKey programId;
  private final AtomicLong undecodable = new AtomicLong();

  /// @param rpc the ledger's JSON-RPC client
  /// @param programId the serviceability program id
  public RpcChainSource(RpcClient rpc, PublicKey programId) {
    this.rpc = rpc;
    this.programId = programId;
  }

  @Override
  public ProgramData fetch() {
    List<KeyedAccount> accounts = rpc.getProgramAccounts(programId, List.of());
    Map<PublicKey, Device> devices = new LinkedHashMap<>();
    Map<PublicKey, User> users = new LinkedHashMap<>();
    Map<PublicKey, Exchange> exchanges = new LinkedHashMap<>();
    Map<PublicKey, Tenant> tenants = new LinkedHashMap<>();
    Map<PublicKey, MulticastGroup> groups = new LinkedHashMap<>();
    GlobalConfig config = null;
    for (KeyedAccount a : accounts) {
      ServiceabilityAccount decoded;
      try {
        decoded = ServiceabilityAccounts.decode(a.account().data());
      } catch (DecodeException | IllegalArgumentException e) {
        undecodable.incrementAndGet();
        LOG.atWarn()
            .addKeyValue("account", a.pubkey())
            .addKeyValue("error", e.getMessage())
            .log("onchain: skipping undecodable account");
        continue;
      }
      switch (decoded) {
        case Device d -> devices.put(a.pubkey(), d);
        case User u -> users.put(a.pubkey(), u);
        case Exchange x -> exchanges.put(a.pubkey(), x);
        case Tenant t -> tenants.put(a.pubkey(), t);
        case MulticastGroup g -> groups.put(a.pubkey(), g);
        case GlobalConfig g -> config = g;
        default -> {}
      }
    }
    return new ProgramData(devices, users, exchanges, tenants, groups, Optional.ofNullable(config));
  }

  /// @return how many accounts failed to decode so far
  public long undecodable() {
    return undecodable.get();
  }
}
