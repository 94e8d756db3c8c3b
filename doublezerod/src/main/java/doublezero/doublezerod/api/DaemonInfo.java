package doublezero.doublezerod.api;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.PublicKey;

/// What the API reports about the daemon itself.
///
/// @param programId the serviceability program id (`/config`)
/// @param rpcUrl the ledger RPC URL (`/config`)
/// @param clientIp the discovered client IP (`/v2/status`)
/// @param network the network moniker: `mainnet-beta`, `testnet`, `devnet` or `localnet`
public record DaemonInfo(
    PublicKey programId, String rpcUrl, Ipv4Address clientIp, String network) {}
