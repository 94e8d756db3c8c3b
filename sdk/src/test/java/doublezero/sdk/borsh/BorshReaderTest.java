package doublezero.sdk.borsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorshReaderTest {
  @Test
  void readsLittleEndianPrimitivesAndNetworkOrderAddresses() {
    byte[] data =
        Hex.bytes(
            """
            07 _ 3412 _ 78563412 _ 0100000000000000 _ 02000000000000000300000000000000
            01 _ 03000000 616263 _ cb007101 _ ac100001 1e\
            """);
    BorshReader r = BorshReader.strict(data, "T");
    assertThat(r.u8("a")).isEqualTo(7);
    assertThat(r.u16("b")).isEqualTo(0x1234);
    assertThat(r.u32("c")).isEqualTo(0x12345678L);
    assertThat(r.u64("d")).isEqualTo(1L);
    assertThat(r.u128("e")).isEqualTo(new U128(3, 2));
    assertThat(r.bool("f")).isTrue();
    assertThat(r.string("g")).isEqualTo("abc");
    assertThat(r.ipv4("h")).isEqualTo(Ipv4Address.parse("203.0.113.1"));
    assertThat(r.networkV4("i")).isEqualTo(NetworkV4.parse("172.16.0.1/30"));
    r.expectEnd();
  }

  @Test
  void strictReaderNamesTypeFieldAndOffsetOnShortRead() {
    BorshReader r = BorshReader.strict(Hex.bytes("01 0203"), "Device");
    r.u8("account_type");
    assertThatThrownBy(() -> r.u32("reference_count"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("Device.reference_count at offset 1: needs 4 bytes, 2 remain");
  }

  @Test
  void lenientReaderDefaultsOnlyFieldsThatStartAtTheEndPastTheRequiredFields() {
    BorshReader r = BorshReader.lenient(Hex.bytes("05"), "GlobalConfig");
    assertThat(r.u8("account_type")).isEqualTo(5);
    assertThat(r.optionalFromHere()).isSameAs(r);
    assertThat(r.u32("next_bgp_community", 10_000)).isEqualTo(10_000);
    assertThat(r.string("code")).isEmpty();
    assertThat(r.publicKey("owner")).isEqualTo(PublicKey.DEFAULT);
    assertThat(r.networkV4("net")).isEqualTo(NetworkV4.DEFAULT);
    assertThat(r.<Integer>vec("list", x -> x.u8("e"))).isEmpty();
    assertThat(r.enumU8("health", d -> d == 1 ? "Pending" : null, "Pending")).isEqualTo("Pending");
    assertThat(r.absent("version")).isTrue();

    BorshReader partial = BorshReader.lenient(Hex.bytes("0102"), "GlobalConfig").optionalFromHere();
    assertThatThrownBy(() -> partial.u32("local_asn"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("offset 0");
  }

  @Test
  void lenientReaderIsStrictAtTheEndBeforeTheRequiredFieldsEnd() {
    BorshReader r = BorshReader.lenient(Hex.bytes("05 01"), "Device");
    r.u8("account_type");
    assertThat(r.absent("bump_seed")).isFalse();
    assertThat(r.u8("bump_seed")).isEqualTo(1);
    assertThatThrownBy(() -> r.publicKey("owner"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("Device.owner at offset 2: account ends before required field");
    assertThatThrownBy(() -> r.absent("owner"))
        .hasMessage("Device.owner at offset 2: account ends before required field");
    assertThat(r.optionalFromHere().publicKey("owner")).isEqualTo(PublicKey.DEFAULT);
  }

  @Test
  void strictReaderHasNoOptionalFields() {
    BorshReader r = BorshReader.strict(Hex.bytes(""), "T");
    assertThat(r.absent("x")).isFalse();
    assertThatThrownBy(r::optionalFromHere).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.u8("x")).hasMessage("T.x at offset 0: needs 1 bytes, 0 remain");
  }

  @Test
  void lenientReaderLeavesTrailingBytesUnread() {
    BorshReader r = BorshReader.lenient(Hex.bytes("01 ffff"), "X");
    assertThat(r.u8("a")).isEqualTo(1);
    assertThat(r.remaining()).isEqualTo(2);
  }

  @Test
  void vectorElementsInsideALenientAccountAreStrict() {
    BorshReader r = BorshReader.lenient(Hex.bytes("02000000 aa"), "User").optionalFromHere();
    assertThatThrownBy(() -> r.vec("publishers", e -> e.u8("x")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("User.publishers");
  }

  @Test
  void rejectsInvalidValuesInsteadOfGuessing() {
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("02"), "T").bool("flag"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("T.flag at offset 0: invalid bool byte 2");
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("0a000000 21"), "T").networkV4("net"))
        .hasMessageContaining("invalid prefix length 33");
    assertThatThrownBy(
            () ->
                BorshReader.strict(Hex.bytes("09"), "T").enumU8("status", d -> d < 3 ? d : null, 0))
        .hasMessageContaining("T.status at offset 0: unknown discriminant 9");
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("02000000 c328"), "T").string("code"))
        .hasMessageContaining("invalid UTF-8");
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("ffffffff 00"), "T").string("code"))
        .hasMessageContaining("string of 4294967295 bytes");
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("000000000000f87f"), "T").f64("lat"))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> BorshReader.strict(Hex.bytes("01 00"), "T").expectEnd())
        .hasMessageContaining("2 unexpected trailing bytes");
  }

  @Test
  void writerProducesTheBytesTheReaderReads() {
    byte[] bytes =
        new BorshWriter(1)
            .u8(7)
            .u16(0x1234)
            .u32(0x12345678L)
            .u64(-1L)
            .u128(U128.parse("340282366920938463463374607431768211455"))
            .bool(true)
            .string("dz1")
            .ipv4(Ipv4Address.parse("10.0.0.1"))
            .networkV4(NetworkV4.parse("10.0.0.0/8"))
            .vec(List.of(1, 2), BorshWriter::u16)
            .f64(52.3676)
            .toByteArray();
    BorshReader r = BorshReader.strict(bytes, "T");
    assertThat(r.u8("a")).isEqualTo(7);
    assertThat(r.u16("b")).isEqualTo(0x1234);
    assertThat(r.u32("c")).isEqualTo(0x12345678L);
    assertThat(Long.toUnsignedString(r.u64("d"))).isEqualTo("18446744073709551615");
    assertThat(r.u128("e").toString()).isEqualTo("340282366920938463463374607431768211455");
    assertThat(r.bool("f")).isTrue();
    assertThat(r.string("g")).isEqualTo("dz1");
    assertThat(r.ipv4("h").toString()).isEqualTo("10.0.0.1");
    assertThat(r.networkV4("i").toString()).isEqualTo("10.0.0.0/8");
    assertThat(r.vec("j", x -> x.u16("e"))).containsExactly(1, 2);
    assertThat(r.f64("k")).isEqualTo(52.3676);
    r.expectEnd();
  }

  @Test
  void stringsKeysAndAddressesReadInPlaceAdvanceExactlyAndCopy() {
    PublicKey key = PublicKey.fromBase58("ser2VaTMAcYTaauMrTSfSrxBaUDq7BLNs2xfUugTAGv");
    byte[] data =
        new BorshWriter(1)
            .u8(9)
            .string("dz1")
            .string("Zürich — 東京")
            .publicKey(key)
            .ipv4(Ipv4Address.parse("198.51.100.7"))
            .string("")
            .networkV4(NetworkV4.parse("169.254.0.6/31"))
            .u8(0x42)
            .toByteArray();
    BorshReader r = BorshReader.strict(data, "T");
    assertThat(r.u8("a")).isEqualTo(9);
    assertThat(r.string("ascii")).isEqualTo("dz1");
    assertThat(r.string("utf8")).isEqualTo("Zürich — 東京");
    int keyAt = r.offset();
    PublicKey read = r.publicKey("key");
    assertThat(read).isEqualTo(key);
    assertThat(r.offset()).isEqualTo(keyAt + PublicKey.BYTES);
    assertThat(r.ipv4("ip")).isEqualTo(Ipv4Address.parse("198.51.100.7"));
    assertThat(r.string("empty")).isEmpty();
    assertThat(r.networkV4("net")).isEqualTo(NetworkV4.parse("169.254.0.6/31"));
    assertThat(r.u8("z")).isEqualTo(0x42);
    r.expectEnd();
    data[keyAt] ^= 1; // the key owns its bytes: changing the input afterwards does not change it
    assertThat(read).isEqualTo(key);
  }

  @Test
  void invalidUtf8AfterOtherFieldsIsReportedAtItsOffset() {
    // "ab" then a lone continuation byte 0x80 (not ASCII, not UTF-8)
    BorshReader r = BorshReader.strict(Hex.bytes("07 03000000 616280"), "T");
    r.u8("a");
    assertThatThrownBy(() -> r.string("code"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("T.code at offset 5: invalid UTF-8");
  }
}
