package doublezero.doublezerod.netlink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/// Reads the bytes of the last `sendmsg` in a capture made with `strace -f -e trace=sendmsg -e
/// write=all -xx ip ...` (the hex dump lines `| 00000 34 00 ... |`).
final class StraceCapture {
  private StraceCapture() {}

  static byte[] lastSendmsg(String name) {
    String text;
    try (InputStream in =
        StraceCapture.class.getResourceAsStream("/golden/netlink/" + name + ".strace")) {
      if (in == null) {
        throw new IllegalStateException("missing golden capture " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream current = new ByteArrayOutputStream();
    byte[] last = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("sendmsg(")) {
        if (current.size() > 0) {
          last = current.toByteArray();
        }
        current.reset();
      } else if (line.startsWith(" | ")) {
        String hex = line.substring(10, Math.min(line.length(), 59)).replace(" ", "");
        current.writeBytes(HexFormat.of().parseHex(hex));
      }
    }
    return current.size() > 0 ? current.toByteArray() : last;
  }

  /// @return a copy with the sequence number and port id zeroed
  static byte[] withoutSeqAndPid(byte[] message) {
    byte[] copy = message.clone();
    for (int i = 8; i < 16; i++) {
      copy[i] = 0;
    }
    return copy;
  }
}
