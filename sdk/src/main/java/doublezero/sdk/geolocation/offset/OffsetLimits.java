package doublezero.sdk.geolocation.offset;

/// Limits on location offsets (reference
/// `controlplane/telemetry/internal/geoprobe/{offset,transport}.go` at v0.12.0,
/// `../shared/reference/telemetry-geolocation.md` §E.2).
public final class OffsetLimits {
  /// Deepest reference nesting a decoder accepts: the top offset is depth 0, its references depth
  /// 1, theirs depth 2.
  public static final int MAX_DEPTH = 2;

  /// Most references (all levels together) a decoder accepts.
  public static final int MAX_TOTAL_REFERENCES = 5;

  /// Largest datagram carrying one offset, bytes (a sender refuses more, a receiver reads at most
  /// this).
  public static final int MAX_DATAGRAM_BYTES = 1232;

  private OffsetLimits() {}
}
