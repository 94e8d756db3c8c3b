package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/// IPv4 prefixes in the length-then-octets form of RFC 4271 §4.3 (also used by RFC 4760). Bits
/// beyond the prefix length are cleared on decode.
final class PrefixCodec {
  private PrefixCodec() {}

  /// @return the prefixes in `data[from, to)`
  /// @throws BgpException with `error` when a prefix length exceeds 32 or a prefix overruns `to`
  static List<NetworkV4> decode(byte[] data, int from, int to, BgpError error) {
    List<NetworkV4> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int bits = data[i] & 0xFF;
      if (bits > 32) {
        throw new BgpException(error, new byte[0], "prefix length " + bits + " at offset " + i);
      }
      int octets = (bits + 7) / 8;
      if (i + 1 + octets > to) {
        throw new BgpException(error, new byte[0], "prefix overruns its field at offset " + i);
      }
      int value = 0;
      for (int k = 0; k < 4; k++) {
        value = (value << 8) | (k < octets ? data[i + 1 + k] & 0xFF : 0);
      }
      NetworkV4 n = new NetworkV4(new Ipv4Address(value), bits);
      out.add(new NetworkV4(n.network(), bits));
      i += 1 + octets;
    }
    return out;
  }

  static void encode(List<NetworkV4> prefixes, ByteArrayOutputStream out) {
    for (NetworkV4 p : prefixes) {
      out.write(p.prefix());
      byte[] octets = p.network().octets();
      out.write(octets, 0, (p.prefix() + 7) / 8);
    }
  }
}
