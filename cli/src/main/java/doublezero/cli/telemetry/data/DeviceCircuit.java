package doublezero.cli.telemetry.data;

import doublezero.sdk.solana.key.PublicKey;

/// One direction of a link: the samples the origin device's agent wrote towards the target device
/// (reference `controlplane/telemetry/pkg/circuits/device.go`).
///
/// @param code `ORIGIN → TARGET (last 7 characters of the link key)`, the reference's circuit key
/// @param originDevice origin Device account
/// @param targetDevice target Device account
/// @param link the Link account
/// @param linkType `WAN` or `DZX`
/// @param contributorCode the link's contributor code
/// @param committedRttMicros the link's committed delay (`delay_ns` / 1000)
/// @param committedJitterMicros the link's committed jitter (`jitter_ns` / 1000)
public record DeviceCircuit(
    String code,
    PublicKey originDevice,
    PublicKey targetDevice,
    PublicKey link,
    String linkType,
    String contributorCode,
    double committedRttMicros,
    double committedJitterMicros) {}
