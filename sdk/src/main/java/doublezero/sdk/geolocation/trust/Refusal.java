package doublezero.sdk.geolocation.trust;

/// Why a received location offset was refused. Each has a stable `key` for logs and counters.
public enum Refusal {
  /// The datagram is larger than 1,232 bytes.
  OVERSIZED("oversized"),
  /// The bytes do not decode as a location offset (truncated, trailing bytes, wrong version, limits
  /// exceeded).
  GARBAGE("garbage"),
  /// A DZD offset carried references (a DZD measures directly; it has nothing to refer to).
  UNEXPECTED_REFERENCES("unexpected_references"),
  /// The sender (top level, or a reference) is not a parent device of the probe.
  NOT_A_PARENT("not_a_parent"),
  /// The signer is not the key the chain says this sender signs with (device metrics publisher,
  /// probe key).
  WRONG_AUTHORITY("wrong_authority"),
  /// A reference is signed by a key other than its device's metrics publisher: someone re-signed
  /// it.
  RESIGNED_REFERENCE("resigned_reference"),
  /// A signature at some level does not verify.
  BAD_SIGNATURE("bad_signature"),
  /// The measurement slot is further than the maximum age from the current slot (a replay, or a
  /// forged slot).
  STALE("stale"),
  /// The top level is not from the expected GeoProbe account.
  UNKNOWN_PROBE("unknown_probe");

  private final String key;

  Refusal(String key) {
    this.key = key;
  }

  /// @return the snake_case key used in log lines (`reason=<key>`) and metric labels
  public String key() {
    return key;
  }
}
