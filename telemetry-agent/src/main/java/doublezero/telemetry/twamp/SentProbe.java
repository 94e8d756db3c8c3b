package doublezero.telemetry.twamp;

import doublezero.sdk.twamp.TwampPacket;

/// A TWAMP-light probe on its way: what [TwampSender#send] sent and when, for [TwampSender#accept]
/// to match the reply against.
///
/// @param packet the 48-byte test packet sent (sequence, NTP send time)
/// @param sendNanos wall-clock ns since the UNIX epoch right before the send
/// @param sendMicros the same instant in µs, the sample's timestamp
public record SentProbe(TwampPacket packet, long sendNanos, long sendMicros) {}
