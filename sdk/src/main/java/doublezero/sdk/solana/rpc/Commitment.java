package doublezero.sdk.solana.rpc;

/// A Solana commitment level, in increasing order of finality (Solana JSON-RPC "Configuring State
/// Commitment").
public enum Commitment {
  /// The node's most recent block; may be skipped by the cluster.
  PROCESSED("processed"),
  /// Voted on by a supermajority (optimistic confirmation).
  CONFIRMED("confirmed"),
  /// Rooted by a supermajority; will not roll back.
  FINALIZED("finalized");

  private final String wireName;

  Commitment(String wireName) {
    this.wireName = wireName;
  }

  /// @return the JSON-RPC spelling, e.g. `confirmed`
  public String wireName() {
    return wireName;
  }

  /// @param other the level to compare against
  /// @return whether this level is at least as final as `other`
  public boolean isAtLeast(Commitment other) {
    return compareTo(other) >= 0;
  }

  /// @param wireName the JSON-RPC spelling (`processed`, `confirmed`, `finalized`)
  /// @return the level, or null when the spelling is unknown
  public static Commitment fromWire(String wireName) {
    for (Commitment c : values()) {
      if (c.wireName.equals(wireName)) {
        return c;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
