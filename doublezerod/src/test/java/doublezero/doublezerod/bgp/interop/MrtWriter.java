package doublezero.doublezerod.bgp.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Writes an MRT TABLE_DUMP_V2 file (RFC 6396 §4.3) of N IPv4 /24s (10.0.0.0/24, 10.0.1.0/24, ...)
/// from one peer, for `gobgp mrt inject global FILE`: the fast way to make GoBGP announce 10,000
/// prefixes.
final class MrtWriter {
  private MrtWriter() {}

  /// @return the prefix text of entry `i`: `10.(i/256).(i%256).0/24`
  static String prefix(int i) {
    return (10 + (i >> 16)) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF) + ".0/24";
  }

  static void write(Path file, List<Integer> indexes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer peers = ByteBuffer.allocate(4 + 2 + 2 + 1 + 4 + 4 + 4);
    peers.put(new byte[] {(byte) 169, (byte) 254, 0, 0}).putShort((short) 0).putShort((short) 1);
    peers
        .put((byte) 0x02)
        .put(new byte[] {(byte) 169, (byte) 254, 0, 0})
        .put(new byte[] {(byte) 169, (byte) 254, 0, 0})
        .putInt(65342);
    record(out, 1, peers.array());
    byte[] attributes = {
      0x40, 1, 1, 0, 0x40, 2, 0, 0x40, 3, 4, 0, 0, 0, 0
    }; // next hop 0.0.0.0: gobgp puts its own
    for (int i : indexes) {
      ByteBuffer rib = ByteBuffer.allocate(4 + 1 + 3 + 2 + 2 + 4 + 2 + attributes.length);
      rib.putInt(i).put((byte) 24).put((byte) (10 + (i >> 16))).put((byte) (i >> 8)).put((byte) i);
      rib.putShort((short) 1)
          .putShort((short) 0)
          .putInt(0)
          .putShort((short) attributes.length)
          .put(attributes);
      record(out, 2, rib.array());
    }
    Files.write(file, out.toByteArray());
  }

  private static void record(ByteArrayOutputStream out, int subtype, byte[] body) {
    ByteBuffer header =
        ByteBuffer.allocate(12)
            .putInt(0)
            .putShort((short) 13)
            .putShort((short) subtype)
            .putInt(body.length);
    out.writeBytes(header.array());
    out.writeBytes(body);
  }
}
