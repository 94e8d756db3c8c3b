package doublezero.localnet.rpc;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/// Small builders for JSON response trees (ordered maps that allow null values).
public final class Json {
  private Json() {}

  /// An ordered object from alternating keys and values.
  ///
  /// @throws IllegalArgumentException when given an odd number of arguments
  public static Map<String, Object> obj(Object... kv) {
    if (kv.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must pair up");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /// A u64 held in a long as a JSON number (values above 2^63−1 become a BigInteger, e.g.
  /// u64::MAX).
  public static Object u64(long v) {
    return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
  }
}
