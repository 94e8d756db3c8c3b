package doublezero.sdk.solana.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.testkit.Hex;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.p2p.solanaj.core.Account;
import org.p2p.solanaj.utils.TweetNaclFast;

class KeypairTest {
  // RFC 8032 §7.1, TEST 1 and TEST 2.
  private static final byte[] SEED1 =
      Hex.bytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  private static final byte[] PUB1 =
      Hex.bytes("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  private static final byte[] SIG1 =
      Hex.bytes(
          "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  private static final byte[] SEED2 =
      Hex.bytes("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
  private static final byte[] PUB2 =
      Hex.bytes("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
  private static final byte[] SIG2 =
      Hex.bytes(
          "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

  @Test
  void rfc8032Vectors() {
    Keypair k1 = Keypair.fromSeed(SEED1);
    assertThat(k1.publicKey().toBytes()).isEqualTo(PUB1);
    assertThat(k1.sign(new byte[0])).isEqualTo(SIG1);
    Keypair k2 = Keypair.fromSeed(SEED2);
    assertThat(k2.publicKey().toBytes()).isEqualTo(PUB2);
    assertThat(k2.sign(new byte[] {0x72})).isEqualTo(SIG2);
    assertThat(Keypair.verify(PublicKey.of(PUB2), new byte[] {0x72}, SIG2)).isTrue();
  }

  @Test
  void fastSigningGivesTheSameSignatures() {
    Keypair k1 = Keypair.fromSeed(SEED1).withFastSigning();
    assertThat(k1.sign(new byte[0])).isEqualTo(SIG1);
    assertThat(k1).isEqualTo(Keypair.fromSeed(SEED1)).isSameAs(k1.withFastSigning());
    Keypair k2 = Keypair.fromSeed(SEED2).withFastSigning();
    assertThat(k2.sign(new byte[] {0x72})).isEqualTo(SIG2);
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      byte[] seed = new byte[32];
      byte[] message = new byte[random.nextInt(1232)];
      random.nextBytes(seed);
      random.nextBytes(message);
      Keypair jdk = Keypair.fromSeed(seed);
      assertThat(jdk.withFastSigning().sign(message)).isEqualTo(jdk.sign(message));
    }
  }

  @Test
  void secretKeyIsSeedThenPublicKey() {
    Keypair k = Keypair.fromSeed(SEED1);
    byte[] secret = k.secretKey();
    assertThat(Arrays.copyOf(secret, 32)).isEqualTo(SEED1);
    assertThat(Arrays.copyOfRange(secret, 32, 64)).isEqualTo(PUB1);
    assertThat(Keypair.fromSecretKey(secret)).isEqualTo(k);
    assertThat(Keypair.fromSecretKey(secret).publicKey()).isEqualTo(k.publicKey());
  }

  @Test
  void fromSecretKeyRejectsMismatchAndWrongLength() {
    byte[] secret = Keypair.fromSeed(SEED1).secretKey();
    System.arraycopy(PUB2, 0, secret, 32, 32);
    assertThatThrownBy(() -> Keypair.fromSecretKey(secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PublicKey.of(PUB2).toBase58())
        .hasMessageContaining(PublicKey.of(PUB1).toBase58());
    assertThatThrownBy(() -> Keypair.fromSecretKey(new byte[63])).hasMessageContaining("64 bytes");
    assertThatThrownBy(() -> Keypair.fromSeed(new byte[31])).hasMessageContaining("32 bytes");
  }

  @Test
  void toStringShowsOnlyThePublicKey() {
    Keypair k = Keypair.fromSeed(SEED1);
    assertThat(k.toString()).isEqualTo("Keypair[publicKey=" + k.publicKey().toBase58() + "]");
    assertThat(k.toString())
        .doesNotContain(Hex.of(SEED1))
        .doesNotContain(Base58.encode(k.secretKey()))
        .doesNotContain(Arrays.toString(k.secretKey()));
  }

  @Test
  void generateGivesDistinctWorkingKeys() {
    Keypair a = Keypair.generate();
    Keypair b = Keypair.generate();
    assertThat(a.publicKey()).isNotEqualTo(b.publicKey());
    assertThat(a).isNotEqualTo(b);
    byte[] sig = a.sign("hello".getBytes());
    assertThat(Keypair.verify(a.publicKey(), "hello".getBytes(), sig)).isTrue();
    assertThat(Keypair.verify(b.publicKey(), "hello".getBytes(), sig)).isFalse();
  }

  @Test
  void verifyRejectsMalformedInputs() {
    Keypair k = Keypair.fromSeed(SEED1);
    byte[] sig = k.sign(new byte[] {1, 2, 3});
    assertThat(Keypair.verify(k.publicKey(), new byte[] {1, 2, 3}, Arrays.copyOf(sig, 63)))
        .isFalse();
    assertThat(Keypair.verify(k.publicKey(), new byte[] {1, 2, 4}, sig)).isFalse();
    byte[] notAPoint = new byte[32];
    Arrays.fill(notAPoint, (byte) 0xff); // y = 2^255 - 1 >= p: not a canonical point encoding
    assertThat(Keypair.verify(PublicKey.of(notAPoint), new byte[] {1, 2, 3}, sig)).isFalse();
  }

  /// solanaj (TweetNaCl) as an independent oracle: same public key from the same seed, same
  /// signature bytes.
  @Property(tries = 50)
  void matchesSolanajTweetNacl(
      @ForAll @Size(32) byte[] seed, @ForAll @Size(max = 300) byte[] message) {
    Keypair ours = Keypair.fromSeed(seed);
    TweetNaclFast.Signature.KeyPair theirs = TweetNaclFast.Signature.keyPair_fromSeed(seed);
    assertThat(ours.publicKey().toBytes()).isEqualTo(theirs.getPublicKey());
    assertThat(ours.secretKey()).isEqualTo(theirs.getSecretKey());
    byte[] sig = ours.sign(message);
    assertThat(sig)
        .isEqualTo(new TweetNaclFast.Signature(null, theirs.getSecretKey()).detached(message));
    assertThat(new Account(ours.secretKey()).getPublicKey().toByteArray())
        .isEqualTo(ours.publicKey().toBytes());
    assertThat(Keypair.verify(ours.publicKey(), message, sig)).isTrue();
  }

  @Property(tries = 30)
  void flippedSignatureBitFailsVerification(
      @ForAll @Size(32) byte[] seed, @ForAll("bitIndex") int bit) {
    Keypair k = Keypair.fromSeed(seed);
    byte[] message = {9, 8, 7};
    byte[] sig = k.sign(message);
    sig[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThat(Keypair.verify(k.publicKey(), message, sig)).isFalse();
  }

  @Provide
  Arbitrary<Integer> bitIndex() {
    return Arbitraries.integers().between(0, 511);
  }
}
