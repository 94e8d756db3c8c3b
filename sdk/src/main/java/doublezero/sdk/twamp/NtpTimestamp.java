package doublezero.sdk.twamp;

import java.time.Instant;

/// A 64-bit NTP timestamp as TWAMP light carries it: 32-bit seconds since 1900-01-01T00:00:00Z
/// (wrapping modulo 2^32, RFC 5905 era arithmetic) and a 32-bit binary fraction of a second (units
/// of 2^-32 s) (`reference/telemetry-geolocation.md` §B.4, reference
/// `tools/twamp/pkg/light/packet.go` `ntpTimestamp`).
///
/// @param seconds NTP seconds, unsigned 32-bit held in a `long` (0 ..= 0xFFFF_FFFF)
/// @param fraction NTP fraction, unsigned 32-bit held in a `long` (0 ..= 0xFFFF_FFFF)
public record NtpTimestamp(long seconds, long fraction) {
  /// Seconds from the NTP epoch (1900) to the UNIX epoch (1970).
  public static final long UNIX_TO_NTP_SECONDS = 2_208_988_800L;

  private static final long U32 = 0xFFFF_FFFFL;

  /// @throws IllegalArgumentException when a field is outside 0 ..= 2^32 − 1
  public NtpTimestamp {
    if ((seconds & ~U32) != 0 || (fraction & ~U32) != 0) {
      throw new IllegalArgumentException(
          "NTP seconds and fraction are unsigned 32-bit, got " + seconds + "." + fraction);
    }
  }

  /// Converts a wall-clock instant the way the reference does: seconds = (UNIX seconds + 2 208 988
  /// 800) mod 2^32, fraction = floor(nanos · 2^32 / 10^9). Instants after 2036-02-07T06:28:16Z fall
  /// into NTP era 1 and wrap.
  ///
  /// @param instant the time (at or after 1970 as the reference assumes; earlier instants wrap as
  ///   well)
  /// @return its NTP timestamp
  public static NtpTimestamp of(Instant instant) {
    long seconds = (instant.getEpochSecond() + UNIX_TO_NTP_SECONDS) & U32;
    long fraction = ((long) instant.getNano() << 32) / 1_000_000_000L;
    return new NtpTimestamp(seconds, fraction);
  }
}
