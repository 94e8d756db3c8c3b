package doublezero.cli.args;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The reference CLI's argument rules (`smartcontract/cli/src/validators.rs`,
/// `smartcontract/programs/common/src/types/parse_utils.rs`, `helpers.rs` `parse_pubkey`). Each
/// check throws [IllegalArgumentException] with the reference's message; the converters in this
/// package turn that into a picocli usage error (exit code 2).
public final class Validators {
  private static final Pattern IFACE =
      Pattern.compile(
          "(?i)^(ethernet|et|switch|sw|loopback|lo|port-channel|po|vlan|vl)(\\d+(?:/\\d+){0,2}(?:\\.\\d+)?)$");

  private Validators() {}

  /// @param s a code
  /// @return it, when every character is ASCII alphanumeric or `:` `_` `-`
  /// @throws IllegalArgumentException ``name must be alphanumeric, `_`, `-`, or `:` only``
  public static String code(String s) {
    if (s.isEmpty()
        || !s.chars()
            .allMatch(
                c ->
                    c < 128
                        && (Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-'))) {
      throw new IllegalArgumentException("name must be alphanumeric, `_`, `-`, or `:` only");
    }
    return s;
  }

  /// @param s `me` or a base58 public key
  /// @return it
  /// @throws IllegalArgumentException `invalid pubkey format`
  public static String pubkeyOrMe(String s) {
    if (s.equals("me")) {
      return s;
    }
    pubkey(s);
    return s;
  }

  /// @param s a base58 public key
  /// @return the key
  /// @throws IllegalArgumentException `invalid pubkey format`
  public static PublicKey pubkey(String s) {
    try {
      return PublicKey.fromBase58(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid pubkey format");
    }
  }

  /// @param s a public key or a code
  /// @return it
  /// @throws IllegalArgumentException `invalid pubkey or code format`
  public static String pubkeyOrCode(String s) {
    try {
      return PublicKey.fromBase58(s).toBase58();
    } catch (RuntimeException e) {
      try {
        return code(s);
      } catch (IllegalArgumentException e2) {
        throw new IllegalArgumentException("invalid pubkey or code format");
      }
    }
  }

  /// The reference's `parse_pubkey`: a string is an address only when it is 43–44 characters and
  /// valid base58.
  ///
  /// @param s an argument
  /// @return the address, or empty when `s` should be treated as a code
  public static Optional<PublicKey> asPubkey(String s) {
    if (s.length() < 43 || s.length() > 44) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicKey.fromBase58(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /// @param s bandwidth text such as `10 Gbps`, `100Mbps`, `1.5g`, `200bps`
  /// @return bits per second
  /// @throws IllegalArgumentException `invalid bandwidth format`
  public static long bandwidth(String s) {
    String t =
        s.toLowerCase(Locale.ROOT)
            .replace(" ", "")
            .replace("gbps", "g")
            .replace("mbps", "m")
            .replace("kbps", "k")
            .replace("bps", "b");
    if (t.isEmpty() || !Character.isLetter(t.charAt(t.length() - 1))) {
      throw new IllegalArgumentException("invalid bandwidth format");
    }
    char unit = t.charAt(t.length() - 1);
    String digits =
        t.chars()
            .filter(c -> !Character.isLetter(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    double v;
    try {
      v = Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid bandwidth format");
    }
    double mult =
        switch (unit) {
          case 'b' -> 1;
          case 'm' -> 1e6;
          case 'g' -> 1e9;
          default -> 1e3;
        };
    return saturatingU64(v * mult);
  }

  private static long saturatingU64(double v) {
    if (Double.isNaN(v) || v <= 0) {
      return 0;
    }
    if (v >= 1.8446744073709552E19) {
      return -1L;
    }
    return new BigDecimal(v).toBigInteger().longValue();
  }

  /// @param s a link MTU
  /// @return it, in 2048..=10218
  /// @throws IllegalArgumentException `MTU must be between 2048 and 10218` or `invalid MTU format`
  public static long linkMtu(String s) {
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid MTU format");
    }
    if (v < 2048 || v > 10218) {
      throw new IllegalArgumentException("MTU must be between 2048 and 10218");
    }
    return v;
  }

  /// @param s milliseconds
  /// @param what `Delay` or `Jitter`
  /// @param allowZero whether 0 (disabled) is accepted (delay override)
  /// @return the value in ms, within 0.01..=1000
  /// @throws IllegalArgumentException with the reference message
  public static double millis(String s, String what, boolean allowZero) {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid " + what.toLowerCase(Locale.ROOT) + " format");
    }
    boolean ok = (allowZero && v == 0.0) || (v >= 0.01 && v <= 1000.0);
    if (!ok) {
      throw new IllegalArgumentException(
          allowZero
              ? what + " must be 0 (disabled) or between 0.01 and 1000 ms"
              : what + " must be between 0.01 and 1000 ms");
    }
    return v;
  }

  /// @param s an interface name such as `Ethernet1/1`, `et1`, `Loopback255`, `Port-channel2`,
  ///   `Vlan4001`
  /// @return the canonical name with the long prefix capitalised
  /// @throws IllegalArgumentException `Interface name not valid. Must match: …`
  public static String iface(String s) {
    Matcher m = IFACE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Interface name not valid. Must match: EthernetX[/X], SwitchX/X/X, LoopbackX,"
              + " Port-channelX, or VlanX");
    }
    String prefix =
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "ethernet", "et" -> "Ethernet";
          case "switch", "sw" -> "Switch";
          case "loopback", "lo" -> "Loopback";
          case "port-channel", "po" -> "Port-channel";
          default -> "Vlan";
        };
    return prefix + m.group(2);
  }

  /// @param s a dotted IPv4 address
  /// @return it
  /// @throws IllegalArgumentException `invalid IPv4 address: <s>`
  public static Ipv4Address ipv4(String s) {
    try {
      return Ipv4Address.parse(s);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid IPv4 address: " + s);
    }
  }

  /// @param s `a.b.c.d/n`
  /// @return the network
  /// @throws IllegalArgumentException `invalid network: <s>`
  public static NetworkV4 network(String s) {
    try {
      return NetworkV4.parse(s.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid network: " + s);
    }
  }

  /// @param s comma-separated networks
  /// @return them
  /// @throws IllegalArgumentException naming the first invalid one
  public static List<NetworkV4> networks(String s) {
    List<NetworkV4> out = new ArrayList<>();
    for (String part : s.split(",")) {
      if (!part.isBlank()) {
        out.add(network(part));
      }
    }
    return out;
  }

  /// Rust `str::make_ascii_lowercase`, which the reference SDK applies to device and link codes
  /// before sending (`smartcontract/sdk/rs/src/commands/{device,link}/create.rs`): only `A`–`Z`
  /// change.
  ///
  /// @param s a code
  /// @return it with ASCII capitals lowered
  public static String asciiLowercase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
    return b.toString();
  }
}
