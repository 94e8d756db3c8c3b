package doublezero.cli.daemon;

/// One `/latency` record (reference `servicecontroller.rs` `LatencyRecord`).
///
/// @param devicePk device account
/// @param deviceCode device code
/// @param deviceIp probed address
/// @param minLatencyNs minimum RTT, ns
/// @param maxLatencyNs maximum RTT, ns
/// @param avgLatencyNs mean RTT, ns
/// @param reachable whether any echo came back
public record LatencyRecord(
    String devicePk,
    String deviceCode,
    String deviceIp,
    long minLatencyNs,
    long maxLatencyNs,
    long avgLatencyNs,
    boolean reachable) {}
