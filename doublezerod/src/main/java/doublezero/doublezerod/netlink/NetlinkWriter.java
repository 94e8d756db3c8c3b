package doublezero.doublezerod.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/// Builds one netlink message: the 16-byte `nlmsghdr`, a fixed family header, then attributes
/// (4-byte aligned), possibly nested. Host byte order, as the kernel expects; addresses are written
/// in network order by the caller.
final class NetlinkWriter {
  private final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
  private final Deque<Integer> nests = new ArrayDeque<>();

  NetlinkWriter(int type, int flags, int seq) {
    b.putInt(0).putShort((short) type).putShort((short) flags).putInt(seq).putInt(0);
  }

  NetlinkWriter u8(int v) {
    b.put((byte) v);
    return this;
  }

  NetlinkWriter u16(int v) {
    b.putShort((short) v);
    return this;
  }

  NetlinkWriter u32(int v) {
    b.putInt(v);
    return this;
  }

  NetlinkWriter attr(int type, byte[] value) {
    b.putShort((short) (4 + value.length)).putShort((short) type).put(value);
    pad();
    return this;
  }

  NetlinkWriter attrU8(int type, int v) {
    return attr(type, new byte[] {(byte) v});
  }

  NetlinkWriter attrU16(int type, int v) {
    return attr(
        type, ByteBuffer.allocate(2).order(ByteOrder.nativeOrder()).putShort((short) v).array());
  }

  NetlinkWriter attrU32(int type, int v) {
    return attr(type, ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array());
  }

  NetlinkWriter attrString(int type, String s) {
    byte[] text = s.getBytes(StandardCharsets.US_ASCII);
    return attr(type, Arrays.copyOf(text, text.length + 1));
  }

  NetlinkWriter attrBytesUnterminated(int type, String s) {
    return attr(type, s.getBytes(StandardCharsets.US_ASCII));
  }

  NetlinkWriter begin(int type) {
    nests.push(b.position());
    b.putShort((short) 0).putShort((short) type);
    return this;
  }

  NetlinkWriter end() {
    int start = nests.pop();
    b.putShort(start, (short) (b.position() - start));
    return this;
  }

  private void pad() {
    while (b.position() % 4 != 0) {
      b.put((byte) 0);
    }
  }

  byte[] bytes() {
    b.putInt(0, b.position());
    return Arrays.copyOf(b.array(), b.position());
  }
}
