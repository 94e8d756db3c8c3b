package doublezero.doublezerod.latency;

/// One probe round's result for one target (reference `internal/latency/manager.go`
/// `LatencyResult`, §D.3/D.8).
///
/// @param target what was probed
/// @param minNanos minimum RTT in ns (0 when nothing came back)
/// @param maxNanos maximum RTT in ns
/// @param avgNanos mean RTT in ns
/// @param lossPercentage lost echoes in percent, 0..100
/// @param reachable whether any echo came back (loss < 100 %)
public record LatencyResult(
    ProbeTarget target,
    long minNanos,
    long maxNanos,
    long avgNanos,
    double lossPercentage,
    boolean reachable) {}
