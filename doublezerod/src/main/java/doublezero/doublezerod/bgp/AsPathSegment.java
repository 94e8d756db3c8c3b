package doublezero.doublezerod.bgp;

import java.util.List;

/// One AS_PATH segment (RFC 4271 §4.3, RFC 5065 for the confederation types).
///
/// @param type 1 AS_SET, 2 AS_SEQUENCE, 3 AS_CONFED_SEQUENCE, 4 AS_CONFED_SET
/// @param asns the AS numbers, unsigned 32 bits held in `long`s, 1..255 of them
public record AsPathSegment(int type, List<Long> asns) {
  /// AS_SET.
  public static final int AS_SET = 1;

  /// AS_SEQUENCE.
  public static final int AS_SEQUENCE = 2;

  /// Copies the list.
  public AsPathSegment {
    asns = List.copyOf(asns);
  }

  /// @return the length this segment adds to a path (RFC 4271 §9.1.2.2: a set counts 1,
  ///   confederation segments 0)
  public int pathLength() {
    return switch (type) {
      case AS_SET -> 1;
      case AS_SEQUENCE -> asns.size();
      default -> 0;
    };
  }
}
