package doublezero.doublezerod.bgp;

import doublezero.sdk.net.Ipv4Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// OPEN bodies (RFC 4271 §4.2, §6.2) with capabilities in optional parameter type 2 (RFC 5492).
final class OpenCodec {
  private static final int PARAM_CAPABILITIES = 2;

  private OpenCodec() {}

  static Open decode(byte[] m) {
    int p = BgpCodec.HEADER_LENGTH;
    int version = m[p] & 0xFF;
    if (version != 4) {
      throw new BgpException(
          BgpError.UNSUPPORTED_VERSION_NUMBER, new byte[] {0, 4}, "version " + version);
    }
    int as = UpdateCodec.u16(m, p + 1);
    int hold = UpdateCodec.u16(m, p + 3);
    if (hold == 1 || hold == 2) {
      throw new BgpException(BgpError.UNACCEPTABLE_HOLD_TIME, new byte[0], "hold time " + hold);
    }
    Ipv4Address id = Ipv4Address.ofOctets(Arrays.copyOfRange(m, p + 5, p + 9));
    if (id.isUnspecified()) {
      throw new BgpException(BgpError.BAD_BGP_IDENTIFIER, new byte[0], "BGP identifier 0.0.0.0");
    }
    int optLength = m[p + 9] & 0xFF;
    if (p + 10 + optLength != m.length) {
      throw new BgpException(
          BgpError.OPEN_MESSAGE_ERROR,
          new byte[0],
          "optional parameters length "
              + optLength
              + " does not match the message length "
              + m.length);
    }
    List<Capability> caps = new ArrayList<>();
    int i = p + 10;
    while (i < m.length) {
      check(i + 2 <= m.length, "optional parameter header overruns");
      int type = m[i] & 0xFF;
      int len = m[i + 1] & 0xFF;
      check(i + 2 + len <= m.length, "optional parameter overruns");
      if (type != PARAM_CAPABILITIES) {
        throw new BgpException(
            BgpError.UNSUPPORTED_OPTIONAL_PARAMETER, new byte[0], "optional parameter " + type);
      }
      capabilities(m, i + 2, i + 2 + len, caps);
      i += 2 + len;
    }
    return new Open(version, as, hold, id, caps);
  }

  private static void capabilities(byte[] m, int from, int to, List<Capability> out) {
    int i = from;
    while (i < to) {
      check(i + 2 <= to, "capability header overruns");
      int code = m[i] & 0xFF;
      int len = m[i + 1] & 0xFF;
      check(i + 2 + len <= to, "capability " + code + " overruns");
      byte[] v = Arrays.copyOfRange(m, i + 2, i + 2 + len);
      out.add(
          switch (code) {
            case Capability.CODE_MULTIPROTOCOL -> {
              check(len == 4, "multiprotocol capability length " + len);
              yield new Capability.Multiprotocol(UpdateCodec.u16(v, 0), v[3] & 0xFF);
            }
            case Capability.CODE_FOUR_OCTET_AS -> {
              check(len == 4, "four-octet AS capability length " + len);
              yield new Capability.FourOctetAs(Integer.toUnsignedLong(ByteBuffer.wrap(v).getInt()));
            }
            default -> new Capability.Unknown(code, v);
          });
      i += 2 + len;
    }
  }

  private static void check(boolean ok, String reason) {
    if (!ok) {
      throw new BgpException(BgpError.OPEN_MESSAGE_ERROR, new byte[0], reason);
    }
  }

  static byte[] encodeBody(Open o) {
    ByteArrayOutputStream caps = new ByteArrayOutputStream();
    for (Capability c : o.capabilities()) {
      byte[] v =
          switch (c) {
            case Capability.Multiprotocol mp ->
                new byte[] {(byte) (mp.afi() >> 8), (byte) mp.afi(), 0, (byte) mp.safi()};
            case Capability.FourOctetAs f -> ByteBuffer.allocate(4).putInt((int) f.asn()).array();
            case Capability.Unknown u -> u.value();
          };
      int code =
          switch (c) {
            case Capability.Multiprotocol _ -> Capability.CODE_MULTIPROTOCOL;
            case Capability.FourOctetAs _ -> Capability.CODE_FOUR_OCTET_AS;
            case Capability.Unknown u -> u.code();
          };
      caps.write(code);
      caps.write(v.length);
      caps.writeBytes(v);
    }
    ByteBuffer b = ByteBuffer.allocate(10 + (caps.size() == 0 ? 0 : 2 + caps.size()));
    b.put((byte) o.version())
        .putShort((short) o.myAutonomousSystem())
        .putShort((short) o.holdTimeSeconds());
    b.put(o.bgpIdentifier().octets());
    if (caps.size() == 0) {
      b.put((byte) 0);
    } else {
      b.put((byte) (2 + caps.size()))
          .put((byte) PARAM_CAPABILITIES)
          .put((byte) caps.size())
          .put(caps.toByteArray());
    }
    return b.array();
  }
}
