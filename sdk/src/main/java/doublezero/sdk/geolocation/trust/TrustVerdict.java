package doublezero.sdk.geolocation.trust;

import doublezero.sdk.geolocation.offset.LocationOffset;

/// The outcome of [OffsetTrust]'s checks on one received offset.
public sealed interface TrustVerdict {
  /// Every check passed.
  ///
  /// @param offset the decoded, verified offset
  record Accepted(LocationOffset offset) implements TrustVerdict {}

  /// A check failed.
  ///
  /// @param reason which check
  /// @param detail a human-readable explanation naming the offending key, slot or level
  record Refused(Refusal reason, String detail) implements TrustVerdict {}
}
