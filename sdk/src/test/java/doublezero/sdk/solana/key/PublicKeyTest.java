package doublezero.sdk.solana.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PublicKeyTest {
  private static final PublicKey LOCAL_SERVICEABILITY =
      PublicKey.fromBase58("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");

  @Test
  void parsesAndPrintsBase58() {
    assertThat(LOCAL_SERVICEABILITY.toBase58())
        .isEqualTo("7CTniUa88iJKUHTrCkB4TjAoG6TD7AMivhQeuqN2LPtX");
    assertThat(PublicKey.DEFAULT.toBase58()).isEqualTo("11111111111111111111111111111111");
    assertThat(PublicKey.fromBase58(LOCAL_SERVICEABILITY.toBase58()))
        .isEqualTo(LOCAL_SERVICEABILITY);
  }

  @Test
  void rejectsWrongLengthAndBadCharactersWithTheInputInTheMessage() {
    assertThatThrownBy(() -> PublicKey.fromBase58("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'abc'")
        .hasMessageContaining("expected 32");
    assertThatThrownBy(() -> PublicKey.fromBase58("0OIl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid base58 character");
    assertThatThrownBy(() -> PublicKey.of(new byte[31])).hasMessageContaining("32 bytes");
  }

  @Test
  void isImmutable() {
    byte[] raw = LOCAL_SERVICEABILITY.toBytes();
    raw[0] ^= 1;
    assertThat(LOCAL_SERVICEABILITY.toBytes()).isNotEqualTo(raw);
  }

  @Test
  void ordersByUnsignedBytes() {
    byte[] a = new byte[32];
    byte[] b = new byte[32];
    a[0] = 0x7f;
    b[0] = (byte) 0x80;
    assertThat(PublicKey.of(a)).isLessThan(PublicKey.of(b));
  }

  @Test
  void findsTheGlobalStatePdaLikeSolanaj() throws Exception {
    List<byte[]> seeds =
        List.of(
            "doublezero".getBytes(StandardCharsets.UTF_8),
            "globalstate".getBytes(StandardCharsets.UTF_8));
    ProgramDerivedAddress ours = PublicKey.findProgramAddress(seeds, LOCAL_SERVICEABILITY);
    var theirs =
        org.p2p.solanaj.core.PublicKey.findProgramAddress(
            seeds, new org.p2p.solanaj.core.PublicKey(LOCAL_SERVICEABILITY.toBase58()));
    assertThat(ours.address().toBase58()).isEqualTo(theirs.getAddress().toBase58());
    assertThat(ours.bump()).isEqualTo(theirs.getNonce());
    assertThat(ours.address().isOnCurve()).isFalse();
  }

  @Property(tries = 200)
  void findProgramAddressAgreesWithSolanaj(
      @ForAll @Size(max = 32) byte[] seed, @ForAll @Size(value = 32) byte[] program)
      throws Exception {
    PublicKey programId = PublicKey.of(program);
    ProgramDerivedAddress ours = PublicKey.findProgramAddress(List.of(seed), programId);
    var theirs =
        org.p2p.solanaj.core.PublicKey.findProgramAddress(
            List.of(seed), new org.p2p.solanaj.core.PublicKey(program));
    assertThat(ours.address().toBase58()).isEqualTo(theirs.getAddress().toBase58());
    assertThat(ours.bump()).isEqualTo(theirs.getNonce());
  }

  @Property(tries = 100)
  void createWithSeedAgreesWithSolanaj(
      @ForAll @Size(value = 32) byte[] base, @ForAll @Size(value = 32) byte[] owner)
      throws Exception {
    PublicKey ours = PublicKey.createWithSeed(PublicKey.of(base), "seed-1", PublicKey.of(owner));
    var theirs =
        org.p2p.solanaj.core.PublicKey.createWithSeed(
            new org.p2p.solanaj.core.PublicKey(base),
            "seed-1",
            new org.p2p.solanaj.core.PublicKey(owner));
    assertThat(ours.toBase58()).isEqualTo(theirs.toBase58());
  }

  @Test
  void rejectsOverlongSeeds() {
    assertThatThrownBy(
            () -> PublicKey.findProgramAddress(List.of(new byte[33]), LOCAL_SERVICEABILITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 32");
  }
}
