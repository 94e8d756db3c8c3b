package doublezero.cli.output;

import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/// Value formats of the reference CLI: Rust `f64` Display, bandwidth (`parse_utils.rs`
/// `bandwidth_to_string`), lists joined with `", "`.
public final class Formats {
  private Formats() {}

  /// @param v a float
  /// @return Rust `Display`: shortest round-trip digits, no exponent, no `.0` for integers (`15`,
  ///   `12.34`, `-0.5`)
  public static String f64(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0" : "0";
    }
    String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return s;
  }

  /// @param bps bits per second (unsigned)
  /// @return `{n}bps`, `{n}Kbps`/`{x.xx}Kbps`, `Mbps` likewise, `{n}Gbps` (integer division)
  public static String bandwidth(long bps) {
    if (Long.compareUnsigned(bps, 1_000) < 0) {
      return bps + "bps";
    }
    if (Long.compareUnsigned(bps, 1_000_000) < 0) {
      return bps % 1000 == 0
          ? bps / 1000 + "Kbps"
          : String.format(Locale.ROOT, "%.2fKbps", bps / 1000.0);
    }
    if (Long.compareUnsigned(bps, 1_000_000_000) < 0) {
      return bps % 1_000_000 == 0
          ? bps / 1_000_000 + "Mbps"
          : String.format(Locale.ROOT, "%.2fMbps", bps / 1_000_000.0);
    }
    return Long.divideUnsigned(bps, 1_000_000_000) + "Gbps";
  }

  /// @param nets networks
  /// @return `a/n, b/m`
  public static String networks(List<NetworkV4> nets) {
    return nets.stream().map(NetworkV4::toString).collect(Collectors.joining(", "));
  }

  /// @param keys keys
  /// @return base58 joined with `", "`
  public static String keys(List<PublicKey> keys) {
    return keys.stream().map(PublicKey::toBase58).collect(Collectors.joining(", "));
  }

  /// @param ns nanoseconds
  /// @return milliseconds with two decimals, `{:.2}ms`
  public static String millis2(long ns) {
    return String.format(Locale.ROOT, "%.2fms", ns / 1_000_000.0);
  }
}
