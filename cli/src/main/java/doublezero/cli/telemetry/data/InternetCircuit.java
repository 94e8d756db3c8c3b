package doublezero.cli.telemetry.data;

import doublezero.sdk.solana.key.PublicKey;

/// A pair of exchanges measured over the public internet, origin the one whose code sorts first
/// (reference `controlplane/telemetry/internal/data/internet/circuits.go`).
///
/// @param code `ORIGIN → TARGET` (exchange codes)
/// @param originExchange origin Exchange account
/// @param targetExchange target Exchange account
public record InternetCircuit(String code, PublicKey originExchange, PublicKey targetExchange) {}
