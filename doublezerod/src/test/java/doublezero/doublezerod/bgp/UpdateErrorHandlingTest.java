package doublezero.doublezerod.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.NetworkV4;
import doublezero.testkit.Hex;
import org.junit.jupiter.api.Test;

/// RFC 4271 §6.3 as revised by RFC 7606: which UPDATE errors reset the session and which are
/// treat-as-withdraw.
class UpdateErrorHandlingTest {
  private static final String ORIGIN = "40010100";
  private static final String AS_PATH = "400206020100000001";
  private static final String NEXT_HOP = "400304c0000201";
  private static final String NLRI = "180a0100";

  /// An UPDATE with the given attribute hex and NLRI, lengths computed.
  static byte[] update(String attributes, String nlri) {
    byte[] a = Hex.bytes(attributes);
    byte[] n = Hex.bytes(nlri);
    int length = 19 + 4 + a.length + n.length;
    return Hex.bytes(
        BgpCodecTest.MARKER
            + String.format("%04x02 0000 %04x", length, a.length)
            + Hex.of(a)
            + Hex.of(n));
  }

  static MalformedUpdate withdrawn(byte[] m) {
    BgpMessage msg = BgpCodec.decode(m, true);
    assertThat(msg).isInstanceOf(MalformedUpdate.class);
    MalformedUpdate w = (MalformedUpdate) msg;
    assertThat(w.withdrawn()).containsExactly(NetworkV4.parse("10.1.0.0/24"));
    return w;
  }

  static BgpException reset(byte[] m) {
    try {
      BgpCodec.decode(m, true);
    } catch (BgpException e) {
      return e;
    }
    throw new AssertionError("expected a session reset");
  }

  @Test
  void wellFormedUpdateIsAccepted() {
    assertThat(BgpCodec.decode(update(ORIGIN + AS_PATH + NEXT_HOP, NLRI), true))
        .isInstanceOf(Update.class);
  }

  @Test
  void badAttributeLengthIsTreatAsWithdraw() {
    assertThat(withdrawn(update("4001020000" + AS_PATH + NEXT_HOP, NLRI)).error())
        .isEqualTo(BgpError.ATTRIBUTE_LENGTH_ERROR);
    assertThat(withdrawn(update(ORIGIN + AS_PATH + "400305c000020101", NLRI)).error())
        .isEqualTo(BgpError.ATTRIBUTE_LENGTH_ERROR);
  }

  @Test
  void attributeOverrunningTheAttributeFieldIsTreatAsWithdraw() {
    assertThat(withdrawn(update(ORIGIN + AS_PATH + "400307c0000201", NLRI)).reason())
        .contains("overruns");
  }

  @Test
  void badNextHopIsTreatAsWithdraw() {
    for (String nh : new String[] {"00000000", "7f000001", "e0000001", "ffffffff"}) {
      assertThat(withdrawn(update(ORIGIN + AS_PATH + "400304" + nh, NLRI)).error())
          .isEqualTo(BgpError.INVALID_NEXT_HOP_ATTRIBUTE);
    }
  }

  @Test
  void malformedOriginAsPathAndMissingAttributesAreTreatAsWithdraw() {
    assertThat(withdrawn(update("40010103" + AS_PATH + NEXT_HOP, NLRI)).error())
        .isEqualTo(BgpError.INVALID_ORIGIN_ATTRIBUTE);
    assertThat(withdrawn(update(ORIGIN + "400206020200000001" + NEXT_HOP, NLRI)).error())
        .isEqualTo(BgpError.MALFORMED_AS_PATH);
    assertThat(withdrawn(update(ORIGIN + AS_PATH, NLRI)).error())
        .isEqualTo(BgpError.MISSING_WELL_KNOWN_ATTRIBUTE);
    assertThat(withdrawn(update("80010100" + AS_PATH + NEXT_HOP, NLRI)).error())
        .isEqualTo(BgpError.ATTRIBUTE_FLAGS_ERROR);
  }

  @Test
  void unknownWellKnownAttributeResetsTheSessionWithTheAttributeAsData() {
    BgpException e = reset(update(ORIGIN + AS_PATH + NEXT_HOP + "40630101", NLRI));
    assertThat(e.error()).isEqualTo(BgpError.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE);
    assertThat(e.notification().data()).isEqualTo(Hex.bytes("40630101"));
    assertThat(BgpCodec.decode(update(ORIGIN + AS_PATH + NEXT_HOP + "c0630101", NLRI), true))
        .isInstanceOf(Update.class);
  }

  @Test
  void lengthsThatDoNotAddUpAndBadNlriResetTheSession() {
    byte[] m = update(ORIGIN + AS_PATH + NEXT_HOP, NLRI);
    m[22] = 0x7f;
    assertThat(reset(m).error()).isEqualTo(BgpError.MALFORMED_ATTRIBUTE_LIST);
    assertThat(reset(update(ORIGIN + AS_PATH + NEXT_HOP, "210a010000")).error())
        .isEqualTo(BgpError.INVALID_NETWORK_FIELD);
    assertThat(reset(update(ORIGIN + AS_PATH + NEXT_HOP, "180a01")).error())
        .isEqualTo(BgpError.INVALID_NETWORK_FIELD);
  }

  @Test
  void discardableAttributesAreDroppedAndRepeatsKeepTheFirst() {
    Update u =
        (Update)
            BgpCodec.decode(
                update(ORIGIN + "40010102" + AS_PATH + NEXT_HOP + "c007020000" + "40060101", NLRI),
                true);
    assertThat(u.attributes()).hasSize(3).first().isEqualTo(PathAttribute.Origin.IGP);
  }

  @Test
  void headerErrorsAsRfc4271() {
    byte[] m = update(ORIGIN + AS_PATH + NEXT_HOP, NLRI);
    m[3] = 0;
    assertThat(reset(m).error()).isEqualTo(BgpError.CONNECTION_NOT_SYNCHRONIZED);
    assertThatThrownBy(() -> BgpCodec.checkHeader(Hex.bytes(BgpCodecTest.MARKER + "0012 04")))
        .isInstanceOfSatisfying(
            BgpException.class,
            e -> assertThat(e.notification().data()).isEqualTo(Hex.bytes("0012")));
    assertThatThrownBy(() -> BgpCodec.checkHeader(Hex.bytes(BgpCodecTest.MARKER + "0013 07")))
        .isInstanceOfSatisfying(
            BgpException.class, e -> assertThat(e.error()).isEqualTo(BgpError.BAD_MESSAGE_TYPE));
    assertThatThrownBy(() -> BgpCodec.checkHeader(Hex.bytes(BgpCodecTest.MARKER + "1001 02")))
        .isInstanceOfSatisfying(
            BgpException.class, e -> assertThat(e.error()).isEqualTo(BgpError.BAD_MESSAGE_LENGTH));
  }

  @Test
  void openErrors() {
    byte[] v3 = BgpCodec.encode(BgpCodecTest.OUR_OPEN, true);
    v3[19] = 3;
    assertThat(reset(v3).notification().data()).isEqualTo(new byte[] {0, 4});
    byte[] hold1 = BgpCodec.encode(BgpCodecTest.OUR_OPEN, true);
    hold1[23] = 1;
    assertThat(reset(hold1).error()).isEqualTo(BgpError.UNACCEPTABLE_HOLD_TIME);
  }
}
