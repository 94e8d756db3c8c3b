package doublezero.doublezerod.pim;

import doublezero.doublezerod.pim.PimMessage.Hello;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.sdk.net.InternetChecksum;
import doublezero.sdk.net.Ipv4Address;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/// Pure codec of PIM-SM version 2 messages (RFC 7761 §4.9): the 4-byte header (version 2 and type
/// in the first byte, a reserved byte, the Internet checksum over the whole message), then a
/// Hello's options (§4.9.2) or a Join/Prune's body (§4.9.5) with the encoded addresses of §4.9.1
/// (IPv4: family 1, native encoding 0). Big-endian. The bytes are the IP payload of protocol 103.
public final class PimCodec {
  /// The IP protocol number of PIM.
  public static final int IP_PROTOCOL = 103;

  /// PIM version.
  public static final int VERSION = 2;

  /// Message type of Hello.
  public static final int TYPE_HELLO = 0;

  /// Message type of Join/Prune.
  public static final int TYPE_JOIN_PRUNE = 3;

  private static final int FAMILY_IPV4 = 1;
  private static final int ENCODING_NATIVE = 0;

  private PimCodec() {}

  /// @param message a message
  /// @return its bytes, checksum filled in
  public static byte[] encode(PimMessage message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int type =
        switch (message) {
          case Hello h -> {
            h.options().forEach(o -> writeOption(out, o));
            yield TYPE_HELLO;
          }
          case JoinPrune j -> {
            writeJoinPrune(out, j);
            yield TYPE_JOIN_PRUNE;
          }
        };
    byte[] body = out.toByteArray();
    byte[] bytes = new byte[4 + body.length];
    bytes[0] = (byte) (VERSION << 4 | type);
    System.arraycopy(body, 0, bytes, 4, body.length);
    int sum = InternetChecksum.of(bytes, 0, bytes.length);
    bytes[2] = (byte) (sum >> 8);
    bytes[3] = (byte) sum;
    return bytes;
  }

  /// @param bytes a PIM message (the IP payload)
  /// @return the message
  /// @throws PimFormatException when shorter than a header, not version 2, the checksum is wrong,
  ///   the type is neither Hello nor Join/Prune, a field is truncated, an address is not IPv4
  ///   native, or bytes follow a Join/Prune's last group
  public static PimMessage decode(byte[] bytes) {
    if (bytes.length < 4) {
      throw new PimFormatException("PIM header needs 4 bytes, got " + bytes.length);
    }
    int version = (bytes[0] & 0xFF) >> 4;
    if (version != VERSION) {
      throw new PimFormatException("PIM version at offset 0 is " + version + ", expected 2");
    }
    if (InternetChecksum.of(bytes, 0, bytes.length) != 0) {
      throw new PimFormatException("PIM checksum at offset 2 is wrong");
    }
    int type = bytes[0] & 0x0F;
    Reader r = new Reader(bytes, 4);
    return switch (type) {
      case TYPE_HELLO -> readHello(r);
      case TYPE_JOIN_PRUNE -> readJoinPrune(r);
      default -> throw new PimFormatException("unsupported PIM message type " + type);
    };
  }

  private static void writeOption(ByteArrayOutputStream out, HelloOption option) {
    ByteBuffer b =
        switch (option) {
          case HelloOption.Holdtime h ->
              ByteBuffer.allocate(6)
                  .putShort((short) 1)
                  .putShort((short) 2)
                  .putShort((short) h.seconds());
          case HelloOption.DrPriority p ->
              ByteBuffer.allocate(8)
                  .putShort((short) 19)
                  .putShort((short) 4)
                  .putInt((int) p.priority());
          case HelloOption.GenerationId g ->
              ByteBuffer.allocate(8).putShort((short) 20).putShort((short) 4).putInt((int) g.id());
          case HelloOption.Other o ->
              ByteBuffer.allocate(4 + o.value().length)
                  .putShort((short) o.type())
                  .putShort((short) o.value().length)
                  .put(o.value());
        };
    out.writeBytes(b.array());
  }

  private static void writeJoinPrune(ByteArrayOutputStream out, JoinPrune j) {
    ByteBuffer b = ByteBuffer.allocate(10);
    b.put((byte) FAMILY_IPV4).put((byte) ENCODING_NATIVE).put(j.upstreamNeighbor().octets());
    b.put((byte) 0).put((byte) j.groups().size()).putShort((short) j.holdtimeSeconds());
    out.writeBytes(b.array());
    for (GroupEntry g : j.groups()) {
      ByteBuffer gb = ByteBuffer.allocate(12);
      gb.put((byte) FAMILY_IPV4).put((byte) ENCODING_NATIVE).put((byte) 0);
      gb.put((byte) g.maskLength()).put(g.group().octets());
      gb.putShort((short) g.joins().size()).putShort((short) g.prunes().size());
      out.writeBytes(gb.array());
      g.joins().forEach(s -> writeSource(out, s));
      g.prunes().forEach(s -> writeSource(out, s));
    }
  }

  private static void writeSource(ByteArrayOutputStream out, SourceEntry s) {
    ByteBuffer b = ByteBuffer.allocate(8);
    b.put((byte) FAMILY_IPV4).put((byte) ENCODING_NATIVE).put((byte) s.flags());
    b.put((byte) s.maskLength()).put(s.address().octets());
    out.writeBytes(b.array());
  }

  private static Hello readHello(Reader r) {
    List<HelloOption> options = new ArrayList<>();
    while (r.remaining() > 0) {
      int type = r.u16("option type");
      int length = r.u16("option length");
      int at = r.offset();
      byte[] value = r.bytes(length, "value of option " + type);
      options.add(option(type, value, at));
    }
    return new Hello(options);
  }

  private static HelloOption option(int type, byte[] value, int at) {
    return switch (type) {
      case 1 -> new HelloOption.Holdtime((int) unsigned(type, value, 2, at));
      case 19 -> new HelloOption.DrPriority(unsigned(type, value, 4, at));
      case 20 -> new HelloOption.GenerationId(unsigned(type, value, 4, at));
      default -> new HelloOption.Other(type, value);
    };
  }

  /// @return the option value as an unsigned big-endian number
  private static long unsigned(int type, byte[] value, int length, int at) {
    if (value.length != length) {
      throw new PimFormatException(
          "Hello option "
              + type
              + " at offset "
              + (at - 4)
              + " has length "
              + value.length
              + ", expected "
              + length);
    }
    long v = 0;
    for (byte b : value) {
      v = v << 8 | b & 0xFF;
    }
    return v;
  }

  private static JoinPrune readJoinPrune(Reader r) {
    Ipv4Address upstream = r.encodedUnicast();
    r.u8("reserved");
    int groups = r.u8("number of groups");
    int holdtime = r.u16("holdtime");
    List<GroupEntry> entries = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      entries.add(readGroup(r));
    }
    if (r.remaining() > 0) {
      throw new PimFormatException(
          r.remaining() + " bytes after the last group at offset " + r.offset());
    }
    return new JoinPrune(upstream, holdtime, entries);
  }

  private static GroupEntry readGroup(Reader r) {
    r.family("group");
    r.u8("group flags");
    int mask = r.mask("group mask length");
    Ipv4Address group = r.address("group address");
    int joins = r.u16("number of joined sources");
    int prunes = r.u16("number of pruned sources");
    List<SourceEntry> joined = new ArrayList<>();
    for (int i = 0; i < joins; i++) {
      joined.add(readSource(r));
    }
    List<SourceEntry> pruned = new ArrayList<>();
    for (int i = 0; i < prunes; i++) {
      pruned.add(readSource(r));
    }
    return new GroupEntry(group, mask, joined, pruned);
  }

  private static SourceEntry readSource(Reader r) {
    r.family("source");
    int flags = r.u8("source flags");
    int mask = r.mask("source mask length");
    Ipv4Address address = r.address("source address");
    return new SourceEntry(address, mask, (flags & 4) != 0, (flags & 2) != 0, (flags & 1) != 0);
  }

  static void checkU16(String what, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(what + " must be 0..65535, got " + value);
    }
  }

  static void checkU32(String what, long value) {
    if (value < 0 || value > 0xFFFFFFFFL) {
      throw new IllegalArgumentException(what + " must be 0..4294967295, got " + value);
    }
  }

  static void checkMask(int maskLength) {
    if (maskLength < 0 || maskLength > 32) {
      throw new IllegalArgumentException("mask length must be 0..32, got " + maskLength);
    }
  }
}
