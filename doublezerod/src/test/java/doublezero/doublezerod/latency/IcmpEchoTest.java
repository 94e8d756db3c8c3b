package doublezero.doublezerod.latency;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.InternetChecksum;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/// ICMP echo framing with the Internet checksum (RFC 792 / RFC 1071).
class IcmpEchoTest {
  @Test
  void requestBytesAndChecksum() {
    byte[] p = IcmpEcho.request(0x1234, 1, new byte[] {'a', 'b', 'c', 'd'});
    assertThat(HexFormat.of().formatHex(p))
        .isEqualTo("0800" + "2104" + "1234" + "0001" + "61626364");
    assertThat(InternetChecksum.of(p, 0, p.length)).isZero();
  }

  @Test
  void replySequence() {
    byte[] reply = HexFormat.of().parseHex("000029031234000261626364");
    assertThat(IcmpEcho.replySequence(reply, 0, reply.length)).isEqualTo(2);
    assertThat(IcmpEcho.identifier(reply, 0)).isEqualTo(0x1234);
    assertThat(IcmpEcho.replySequence(IcmpEcho.request(1, 2, new byte[0]), 0, 8)).isEqualTo(-1);
    assertThat(IcmpEcho.replySequence(reply, 0, 7)).isEqualTo(-1);
  }
}
