package doublezero.doublezerod.bgp;

import java.util.ArrayList;
import java.util.List;

/// AS_PATH reconstruction from AS_PATH and AS4_PATH received over a session without four-octet AS
/// support (RFC 6793 §4.2.3).
final class AsPaths {
  private AsPaths() {}

  /// @return the attributes with AS4_PATH merged into AS_PATH and removed. When AS_PATH is shorter
  ///   than AS4_PATH, AS4_PATH is ignored (§4.2.3); otherwise the leading (len(AS_PATH) −
  ///   len(AS4_PATH)) path positions of AS_PATH are kept and AS4_PATH follows.
  static List<PathAttribute> mergeAs4(List<PathAttribute> attributes) {
    PathAttribute.AsPath path = null;
    PathAttribute.As4Path as4 = null;
    for (PathAttribute a : attributes) {
      if (a instanceof PathAttribute.AsPath p) {
        path = p;
      } else if (a instanceof PathAttribute.As4Path p) {
        as4 = p;
      }
    }
    if (as4 == null) {
      return attributes;
    }
    PathAttribute.AsPath merged = path == null ? null : merge(path, as4);
    List<PathAttribute> out = new ArrayList<>();
    for (PathAttribute a : attributes) {
      if (a instanceof PathAttribute.AsPath) {
        out.add(merged);
      } else if (!(a instanceof PathAttribute.As4Path)) {
        out.add(a);
      }
    }
    return out;
  }

  static PathAttribute.AsPath merge(PathAttribute.AsPath path, PathAttribute.As4Path as4) {
    int as4Length = as4.segments().stream().mapToInt(AsPathSegment::pathLength).sum();
    int keep = path.pathLength() - as4Length;
    if (keep < 0) {
      return path;
    }
    List<AsPathSegment> out = new ArrayList<>();
    for (AsPathSegment s : path.segments()) {
      if (keep <= 0) {
        break;
      }
      if (s.type() == AsPathSegment.AS_SEQUENCE && s.asns().size() > keep) {
        out.add(new AsPathSegment(s.type(), s.asns().subList(0, keep)));
        keep = 0;
      } else {
        out.add(s);
        keep -= s.pathLength();
      }
    }
    out.addAll(as4.segments());
    return new PathAttribute.AsPath(out);
  }
}
