package doublezero.doublezerod.multicast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/// The heartbeat payload of the reference's `internal/multicast/heartbeat.go`: `44 5A 00 01`.
class HeartbeatCodecTest {
  @Test
  void encodesTheReferencePayloadAndDecodesIt() {
    assertThat(HeartbeatCodec.encode(1)).containsExactly(0x44, 0x5A, 0x00, 0x01);
    assertThat(HeartbeatCodec.decode(new byte[] {0x44, 0x5A, 0x01, 0x02})).isEqualTo(258);
  }

  @Test
  void refusesEveryTruncationAWrongMagicAndTrailingBytes() {
    byte[] golden = HeartbeatCodec.encode(1);
    for (int n = 0; n < golden.length; n++) {
      byte[] cut = Arrays.copyOf(golden, n);
      assertThatThrownBy(() -> HeartbeatCodec.decode(cut))
          .hasMessage("heartbeat payload must be 4 bytes, got " + n);
    }
    assertThatThrownBy(() -> HeartbeatCodec.decode(Arrays.copyOf(golden, 5)))
        .hasMessageContaining("got 5");
    assertThatThrownBy(() -> HeartbeatCodec.decode(new byte[] {0x44, 0x5B, 0, 1}))
        .hasMessage("heartbeat magic must be 44 5a, got 44 5b");
    assertThatThrownBy(() -> HeartbeatCodec.encode(65536)).hasMessageContaining("0..65535");
  }
}
