package doublezero.doublezerod;

import doublezero.doublezerod.api.SocketAccess;
import doublezero.doublezerod.tunnel.TunnelBackendKind;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/// Everything `doublezerod` is started with (reference flags, `cli-doublezerod.md` §D.1), resolved:
/// the environment already turned into RPC URL, program id and network moniker; the client IP
/// already discovered.
///
/// @param sockFile the API socket path
/// @param socketAccess mode and group of the socket
/// @param network moniker: `mainnet-beta`, `testnet`, `devnet`, `localnet`
/// @param programId serviceability program id
/// @param rpcUrl ledger RPC URL
/// @param clientIp the client's public IP
/// @param stateDir holds `state.json`
/// @param reconcilerPoll reconcile interval (≥ 1 s)
/// @param fetchTimeout onchain fetch timeout
/// @param latencyProbing whether the latency prober (and `/latency`) run
/// @param probeInterval time between probe rounds
/// @param cacheUpdateInterval time between device-list refreshes for the prober
/// @param probeTunnelEndpoints whether user-tunnel-endpoint interfaces are probed
/// @param metricsAddr Prometheus listener, empty when off
/// @param tunnelBackend `kernel` or `userspace`
public record DaemonConfig(
    Path sockFile,
    SocketAccess socketAccess,
    String network,
    PublicKey programId,
    String rpcUrl,
    Ipv4Address clientIp,
    Path stateDir,
    Duration reconcilerPoll,
    Duration fetchTimeout,
    boolean latencyProbing,
    Duration probeInterval,
    Duration cacheUpdateInterval,
    boolean probeTunnelEndpoints,
    Optional<InetSocketAddress> metricsAddr,
    TunnelBackendKind tunnelBackend) {}
