package doublezero.telemetry.internet.collector;

import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/// Settings of the [InternetLatencyCollector] (flags of
/// `bin/doublezero-internet-latency-collector`, `reference/telemetry-geolocation.md` §C and §H.2).
///
/// @param rpcUrl the DZ ledger's JSON-RPC URL
/// @param serviceabilityProgramId the serviceability program (Exchange accounts)
/// @param telemetryProgramId the telemetry program
/// @param keypair the collector's (oracle agent's) keypair
/// @param stateDir provider state files and the sample journals
/// @param locationFile measurement sites instead of the chain's Exchange coordinates, or null
/// @param dryRun log the measurements and jobs that would be created instead of creating them
/// @param submissionInterval time between submissions to the ledger
/// @param commitment commitment of reads and confirmations
/// @param settle wait after a write of unknown outcome before re-reading the account
/// @param maxPendingPerCircuit unsubmitted samples kept per circuit before new ones are dropped
/// @param metricsAddress where `/metrics` listens, or null for none
public record CollectorConfig(
    String rpcUrl,
    PublicKey serviceabilityProgramId,
    PublicKey telemetryProgramId,
    Keypair keypair,
    Path stateDir,
    Path locationFile,
    boolean dryRun,
    Duration submissionInterval,
    Commitment commitment,
    Duration settle,
    int maxPendingPerCircuit,
    InetSocketAddress metricsAddress) {}
