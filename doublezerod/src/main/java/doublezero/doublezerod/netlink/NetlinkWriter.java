package doublezero.doublezerod.netlink;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/// Builds one netlink message: the 16-byte `nlmsghdr`, a fixed family header, then attributes
/// (4-byte aligned), possibly nested. Host byte order, as the kernel expects; addresses are written
/// in network order by the caller. The buffer starts small (a route request is 52 bytes) and grows
/// as needed: thousands of route requests are built per BGP burst.
final class NetlinkWriter {
  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());
  private byte[] b = new byte[64];
  private int position;
  private Deque<Integer> nests;

  NetlinkWriter(int type, int flags, int seq) {
    u32(0).u16(type).u16(flags).u32(seq).u32(0);
  }

  private void ensure(int more) {
    if (position + more > b.length) {
      b = Arrays.copyOf(b, Math.max(b.length * 2, position + more));
    }
  }

  NetlinkWriter u8(int v) {
    ensure(1);
    b[position++] = (byte) v;
    return this;
  }

  NetlinkWriter u16(int v) {
    ensure(2);
    SHORT.set(b, position, (short) v);
    position += 2;
    return this;
  }

  NetlinkWriter u32(int v) {
    ensure(4);
    INT.set(b, position, v);
    position += 4;
    return this;
  }

  NetlinkWriter attr(int type, byte[] value) {
    u16(4 + value.length).u16(type);
    ensure(value.length);
    System.arraycopy(value, 0, b, position, value.length);
    position += value.length;
    pad();
    return this;
  }

  NetlinkWriter attrU8(int type, int v) {
    u16(5).u16(type).u8(v);
    pad();
    return this;
  }

  NetlinkWriter attrU16(int type, int v) {
    u16(6).u16(type).u16(v);
    pad();
    return this;
  }

  NetlinkWriter attrU32(int type, int v) {
    return u16(8).u16(type).u32(v);
  }

  NetlinkWriter attrString(int type, String s) {
    byte[] text = s.getBytes(StandardCharsets.US_ASCII);
    return attr(type, Arrays.copyOf(text, text.length + 1));
  }

  NetlinkWriter attrBytesUnterminated(int type, String s) {
    return attr(type, s.getBytes(StandardCharsets.US_ASCII));
  }

  NetlinkWriter begin(int type) {
    if (nests == null) {
      nests = new ArrayDeque<>();
    }
    nests.push(position);
    return u16(0).u16(type);
  }

  NetlinkWriter end() {
    int start = nests.pop();
    SHORT.set(b, start, (short) (position - start));
    return this;
  }

  private void pad() {
    while (position % 4 != 0) {
      u8(0);
    }
  }

  byte[] bytes() {
    INT.set(b, 0, position);
    return Arrays.copyOf(b, position);
  }
}
