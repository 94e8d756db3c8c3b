package doublezero.doublezerod.pim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.doublezerod.pim.PimMessage.Hello;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.sdk.net.InternetChecksum;
import doublezero.sdk.net.Ipv4Address;
import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/// Golden vectors: the byte captures of the reference's
/// `client/doublezerod/internal/pim/pim_test.go` (a Hello from a router with a State-Refresh
/// option, checksum 0x41fe; a (*,G) Join and Prune of 239.123.123.123 with RP 1.1.1.1, upstream
/// 10.0.0.13, holdtime 210, checksum 0x5ae5) and the option bytes of the reference daemon's own
/// Hello (holdtime, generation ID, DR priority).
class PimCodecTest {
  private static final String ROUTER_HELLO =
      "2000 41fe 0001 0002 0069 0014 0004 d76fc4dc 0013 0004 00000001 0015 0004 01000000";
  private static final String JOIN =
      "2300 5ae5 0100 0a00000d 00 01 00d2 0100 0020 ef7b7b7b 0001 0000 0100 0720 01010101";
  private static final String PRUNE =
      "2300 5ae5 0100 0a00000d 00 01 00d2 0100 0020 ef7b7b7b 0000 0001 0100 0720 01010101";
  private static final Ipv4Address UPSTREAM = Ipv4Address.parse("10.0.0.13");
  private static final Ipv4Address GROUP = Ipv4Address.parse("239.123.123.123");
  private static final Ipv4Address RP = Ipv4Address.parse("1.1.1.1");

  @Test
  void decodesARoutersHelloKeepingUnknownOptionsAndReEncodesItByteForByte() {
    byte[] bytes = Hex.bytes(ROUTER_HELLO);
    Hello hello = (Hello) PimCodec.decode(bytes);
    assertThat(hello.options())
        .containsExactly(
            new HelloOption.Holdtime(105),
            new HelloOption.GenerationId(3614426332L),
            new HelloOption.DrPriority(1),
            new HelloOption.Other(21, Hex.bytes("01000000")));
    assertThat(PimCodec.encode(hello)).isEqualTo(bytes);
  }

  @Test
  void encodesTheDaemonsHelloOptionsInTheReferenceOrder() {
    byte[] bytes = PimCodec.encode(Hello.standard(30, 3614426332L, 1));
    assertThat(Hex.of(Arrays.copyOfRange(bytes, 4, bytes.length)))
        .isEqualTo(Hex.of(Hex.bytes("0001 0002 001e 0014 0004 d76fc4dc 0013 0004 00000001")));
    assertThat(bytes[0]).isEqualTo((byte) 0x20);
    assertThat(InternetChecksum.of(bytes, 0, bytes.length)).isZero();
  }

  @Test
  void encodesAndDecodesTheStarGJoinAndPrune() {
    JoinPrune join = new JoinPrune(UPSTREAM, 210, List.of(GroupEntry.starGJoin(GROUP, RP)));
    JoinPrune prune = new JoinPrune(UPSTREAM, 210, List.of(GroupEntry.starGPrune(GROUP, RP)));
    assertThat(Hex.of(PimCodec.encode(join))).isEqualTo(Hex.of(Hex.bytes(JOIN)));
    assertThat(Hex.of(PimCodec.encode(prune))).isEqualTo(Hex.of(Hex.bytes(PRUNE)));
    assertThat(PimCodec.decode(Hex.bytes(JOIN))).isEqualTo(join);
    assertThat(PimCodec.decode(Hex.bytes(PRUNE))).isEqualTo(prune);
  }

  @Test
  void refusesEveryTruncationExceptAHelloCutBetweenOptions() {
    byte[] hello = Hex.bytes(ROUTER_HELLO);
    List<HelloOption> all = ((Hello) PimCodec.decode(hello)).options();
    List<Integer> boundaries = List.of(4, 10, 18, 26);
    for (int n = 0; n < hello.length; n++) {
      byte[] cut = withChecksum(Arrays.copyOf(hello, n));
      if (boundaries.contains(n)) {
        assertThat(((Hello) PimCodec.decode(cut)).options())
            .isEqualTo(all.subList(0, boundaries.indexOf(n)));
      } else {
        assertThatThrownBy(() -> PimCodec.decode(cut))
            .as("cut at %d", n)
            .isInstanceOf(PimFormatException.class);
      }
    }
    byte[] join = Hex.bytes(JOIN);
    for (int n = 0; n < join.length; n++) {
      byte[] cut = withChecksum(Arrays.copyOf(join, n));
      assertThatThrownBy(() -> PimCodec.decode(cut))
          .as("cut at %d", n)
          .isInstanceOf(PimFormatException.class);
    }
  }

  @Test
  void refusesABadChecksumVersionTypeFamilyAndTrailingBytes() {
    byte[] join = Hex.bytes(JOIN);
    byte[] flipped = join.clone();
    flipped[20] ^= 1;
    assertThatThrownBy(() -> PimCodec.decode(flipped)).hasMessageContaining("checksum");
    byte[] v1 = join.clone();
    v1[0] = 0x13;
    assertThatThrownBy(() -> PimCodec.decode(withChecksum(v1)))
        .hasMessageContaining("version at offset 0 is 1");
    byte[] register = join.clone();
    register[0] = 0x21;
    assertThatThrownBy(() -> PimCodec.decode(withChecksum(register)))
        .hasMessageContaining("unsupported PIM message type 1");
    byte[] ipv6 = join.clone();
    ipv6[4] = 2;
    assertThatThrownBy(() -> PimCodec.decode(withChecksum(ipv6)))
        .hasMessageContaining("upstream neighbor address at offset 4 has family 2");
    byte[] longer = withChecksum(Arrays.copyOf(join, join.length + 2));
    assertThatThrownBy(() -> PimCodec.decode(longer))
        .hasMessageContaining("2 bytes after the last group at offset 34");
    byte[] wideHoldtime = Hex.bytes("2000 0000 0001 0004 00000069");
    assertThatThrownBy(() -> PimCodec.decode(withChecksum(wideHoldtime)))
        .hasMessageContaining("Hello option 1 at offset 4 has length 4, expected 2");
  }

  @Test
  void refusesOutOfRangeFieldsWhenBuilding() {
    assertThatThrownBy(() -> new HelloOption.Holdtime(65536)).hasMessageContaining("holdtime");
    assertThatThrownBy(() -> new HelloOption.GenerationId(-1)).hasMessageContaining("generation");
    assertThatThrownBy(() -> new SourceEntry(RP, 33, true, true, true))
        .hasMessageContaining("mask length must be 0..32, got 33");
  }

  @Property(tries = 300)
  void joinPruneRoundTrips(@ForAll("joinPrunes") JoinPrune message) {
    byte[] bytes = PimCodec.encode(message);
    assertThat(InternetChecksum.of(bytes, 0, bytes.length)).isZero();
    assertThat(PimCodec.decode(bytes)).isEqualTo(message);
  }

  @Property(tries = 300)
  void helloRoundTrips(@ForAll("hellos") Hello message) {
    assertThat(PimCodec.decode(PimCodec.encode(message))).isEqualTo(message);
  }

  @Provide
  Arbitrary<JoinPrune> joinPrunes() {
    Arbitrary<Ipv4Address> address = Arbitraries.integers().map(Ipv4Address::new);
    Arbitrary<SourceEntry> source =
        Combinators.combine(
                address,
                Arbitraries.integers().between(0, 32),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(SourceEntry::new);
    Arbitrary<GroupEntry> group =
        Combinators.combine(
                address,
                Arbitraries.integers().between(0, 32),
                source.list().ofMaxSize(4),
                source.list().ofMaxSize(4))
            .as(GroupEntry::new);
    return Combinators.combine(
            address, Arbitraries.integers().between(0, 65535), group.list().ofMaxSize(5))
        .as(JoinPrune::new);
  }

  @Provide
  Arbitrary<Hello> hellos() {
    Arbitrary<HelloOption> option =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 65535).map(HelloOption.Holdtime::new),
            Arbitraries.longs().between(0, 0xFFFFFFFFL).map(HelloOption.DrPriority::new),
            Arbitraries.longs().between(0, 0xFFFFFFFFL).map(HelloOption.GenerationId::new),
            Combinators.combine(
                    Arbitraries.of(2, 21, 24, 65001),
                    Arbitraries.bytes().array(byte[].class).ofMaxSize(12))
                .as(HelloOption.Other::new));
    return option.list().ofMaxSize(6).map(Hello::new);
  }

  /// @return the bytes with a right checksum (so a test reaches the check it is about)
  private static byte[] withChecksum(byte[] bytes) {
    if (bytes.length < 4) {
      return bytes;
    }
    byte[] b = bytes.clone();
    b[2] = 0;
    b[3] = 0;
    int sum = InternetChecksum.of(b, 0, b.length);
    b[2] = (byte) (sum >> 8);
    b[3] = (byte) sum;
    return b;
  }
}
