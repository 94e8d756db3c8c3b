package doublezero.doublezerod.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.borsh.DecodeException;
import doublezero.testkit.Hex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/// Golden vectors from the reference's `client/doublezerod/internal/liveness/packet_test.go`
/// (facts, re-stated as bytes).
class LivenessCodecTest {
  private static final ControlPacket UP_V5 =
      new ControlPacket(
          5,
          LivenessState.UP,
          3,
          0x11223344,
          0x55667788,
          0x01020304,
          0x0A0B0C0D,
          0,
          new ClientVersion(1, 2, 3, 4));
  private static final String UP_V5_HEX =
      "a0 c0 03 28 11223344 55667788 01020304 0a0b0c0d 00 01020304 000000000000000000000000000000";

  private static final ControlPacket PASSIVE_V1 =
      new ControlPacket(
          1,
          LivenessState.UP,
          3,
          0x11223344,
          0x55667788,
          0x01020304,
          0x0A0B0C0D,
          ControlPacket.FLAG_PASSIVE,
          ClientVersion.NONE);
  private static final String PASSIVE_V1_HEX =
      "20 c0 03 28 11223344 55667788 01020304 0a0b0c0d 01 00000000 000000000000000000000000000000";

  @Test
  void encodesHeaderAndFieldsAsTheReference() {
    assertThat(Hex.of(LivenessCodec.encode(UP_V5))).isEqualTo(Hex.of(Hex.bytes(UP_V5_HEX)));
    assertThat(UP_V5.clientVersion()).hasToString("1.2.3-dev");
  }

  @Test
  void passiveFlagSitsAtByte20AndRoundTrips() {
    byte[] bytes = LivenessCodec.encode(PASSIVE_V1);
    assertThat(bytes).isEqualTo(Hex.bytes(PASSIVE_V1_HEX));
    ControlPacket back = LivenessCodec.decode(bytes);
    assertThat(back).isEqualTo(PASSIVE_V1);
    assertThat(back.passive()).isTrue();
    assertThat(back.flagsText()).isEqualTo("passive");
  }

  @Test
  void roundTripsEveryState() {
    for (LivenessState s : LivenessState.values()) {
      ControlPacket p = new ControlPacket(1, s, 7, 1, 2, 3, 4, 0, new ClientVersion(9, 8, 7, 2));
      assertThat(LivenessCodec.decode(LivenessCodec.encode(p))).isEqualTo(p);
    }
  }

  @Test
  void rejectsEveryTruncation() {
    byte[] bytes = LivenessCodec.encode(PASSIVE_V1);
    for (int n = 0; n < bytes.length; n++) {
      byte[] cut = Arrays.copyOf(bytes, n);
      assertThatThrownBy(() -> LivenessCodec.decode(cut))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("short packet");
    }
  }

  @Test
  void rejectsBadLengthAndVersionAsTheReference() {
    byte[] bad = LivenessCodec.encode(PASSIVE_V1);
    bad[3] = 99;
    assertThatThrownBy(() -> LivenessCodec.decode(bad)).hasMessageContaining("invalid length");
    byte[] v7 =
        LivenessCodec.encode(
            new ControlPacket(7, LivenessState.UP, 1, 0, 0, 0, 0, 0, ClientVersion.NONE));
    assertThatThrownBy(() -> LivenessCodec.decode(v7))
        .hasMessageContaining("unsupported version: 7");
  }

  @Test
  void masksStateToTwoBitsAndIgnoresTrailingBytes() {
    byte[] bytes = Arrays.copyOf(LivenessCodec.encode(PASSIVE_V1), 48);
    bytes[1] = (byte) 0xFF;
    assertThat(LivenessCodec.decode(bytes).state()).isEqualTo(LivenessState.UP);
    assertThat(LivenessState.INIT).hasToString("init");
    assertThat(new ClientVersion(0, 1, 0, 9)).hasToString("0.1.0-unknown(9)");
  }
}
