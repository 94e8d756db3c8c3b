package doublezero.sdk.solana.key;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/// An Ed25519 signing keypair as Solana uses it (`solana_sdk::signer::keypair::Keypair`): a 32-byte
/// seed (the RFC 8032 private key) and the 32-byte public key derived from it. The 64-byte "secret
/// key" form is seed ‖ public key, which is what Solana keypair files hold (see [KeypairFile]).
///
/// Built on the JDK's own `Ed25519` provider (`../shared/reference/java-ecosystem.md` §3): the
/// public key is derived by handing the seed to `KeyPairGenerator` through a [SecureRandom] that
/// returns exactly those bytes, and the resulting JDK [PrivateKey] is kept so that [#sign] does not
/// re-derive it. That is the fast start a command-line tool needs (≈ 60 ms for the first key and
/// signature in a fresh JVM) but ≈ 450 µs per signature after. A daemon that signs many
/// transactions asks for [#withFastSigning]: BouncyCastle's RFC 8032 code, ≈ 30–50 µs per signature
/// once its tables are built (≈ 250 ms, on the first signature). Signatures are deterministic (RFC
/// 8032), so both give the same bytes, equal to those of ed25519-dalek and TweetNaCl.
///
/// [#toString] shows only the public key. Instances are immutable and safe to share between
/// threads.
public final class Keypair {
  /// Length of the seed (private key) in bytes.
  public static final int SEED_BYTES = 32;

  /// Length of the secret-key form (seed ‖ public key) in bytes.
  public static final int SECRET_KEY_BYTES = 64;

  /// Length of an Ed25519 signature in bytes.
  public static final int SIGNATURE_BYTES = 64;

  private static final String ALGORITHM = "Ed25519";

  /// DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410 §4), followed by the 32 key
  /// bytes.
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final byte[] seed;
  private final PublicKey publicKey;
  private final PrivateKey privateKey;
  private final byte[] fastSigningPublicKey;

  private Keypair(
      byte[] seed, PublicKey publicKey, PrivateKey privateKey, byte[] fastSigningPublicKey) {
    this.seed = seed;
    this.publicKey = publicKey;
    this.privateKey = privateKey;
    this.fastSigningPublicKey = fastSigningPublicKey;
  }

  /// @return a new keypair from 32 bytes of [SecureRandom] output
  public static Keypair generate() {
    byte[] seed = new byte[SEED_BYTES];
    new SecureRandom().nextBytes(seed);
    return fromSeed(seed);
  }

  /// @param seed the 32-byte Ed25519 private key (copied)
  /// @return the keypair whose public key is derived from `seed`
  /// @throws IllegalArgumentException when `seed` is not 32 bytes
  public static Keypair fromSeed(byte[] seed) {
    if (seed.length != SEED_BYTES) {
      throw new IllegalArgumentException("Ed25519 seed needs 32 bytes, got " + seed.length);
    }
    byte[] copy = seed.clone();
    KeyPair jdk = jdkKeyPair(copy);
    byte[] encoded = jdk.getPublic().getEncoded();
    PublicKey pub = PublicKey.read(encoded, encoded.length - PublicKey.BYTES);
    return new Keypair(copy, pub, jdk.getPrivate(), null);
  }

  /// Solana's 64-byte secret key: seed (bytes 0..31) ‖ public key (bytes 32..63), as in a keypair
  /// file.
  ///
  /// @param secretKey the 64 bytes (copied)
  /// @return the keypair
  /// @throws IllegalArgumentException when not 64 bytes, or when bytes 32..63 are not the public
  ///   key of the seed (the message names both public keys, never a secret byte)
  public static Keypair fromSecretKey(byte[] secretKey) {
    if (secretKey.length != SECRET_KEY_BYTES) {
      throw new IllegalArgumentException(
          "Ed25519 secret key needs 64 bytes (seed ‖ public key), got " + secretKey.length);
    }
    Keypair kp = fromSeed(Arrays.copyOf(secretKey, SEED_BYTES));
    PublicKey stated = PublicKey.read(secretKey, SEED_BYTES);
    if (!kp.publicKey.equals(stated)) {
      throw new IllegalArgumentException(
          "secret key is inconsistent: its public half is "
              + stated
              + " but its seed derives "
              + kp.publicKey);
    }
    return kp;
  }

  /// The same keypair, signing with BouncyCastle's RFC 8032 implementation
  /// (`org.bouncycastle.math.ec.rfc8032.Ed25519`) instead of the JDK provider: the same signatures,
  /// about ten times faster each, after a one-time table build on the first signature in the
  /// process. For daemons that sign a transaction per circuit per interval.
  ///
  /// @return a keypair equal to this one whose [#sign] uses BouncyCastle
  public Keypair withFastSigning() {
    return fastSigningPublicKey != null
        ? this
        : new Keypair(seed, publicKey, privateKey, publicKey.toBytes());
  }

  /// @return the public key (the account address)
  public PublicKey publicKey() {
    return publicKey;
  }

  /// @return a copy of the 64-byte secret key, seed ‖ public key. Handle with care: this is the
  ///   secret.
  public byte[] secretKey() {
    byte[] out = Arrays.copyOf(seed, SECRET_KEY_BYTES);
    publicKey.write(out, SEED_BYTES);
    return out;
  }

  /// Signs `message` with pure Ed25519 (RFC 8032, no pre-hash), as Solana signs a serialized
  /// transaction message: with the JDK provider, or BouncyCastle after [#withFastSigning].
  ///
  /// @param message the bytes to sign
  /// @return the 64-byte signature
  public byte[] sign(byte[] message) {
    if (fastSigningPublicKey != null) {
      byte[] signature = new byte[SIGNATURE_BYTES];
      Ed25519.sign(seed, 0, fastSigningPublicKey, 0, message, 0, message.length, signature, 0);
      return signature;
    }
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(privateKey);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JDK Ed25519 signing failed", e);
    }
  }

  /// Verifies a pure Ed25519 signature with the JDK provider. An undecodable key or signature gives
  /// `false`. The JDK checks `S < L` and the point encoding like ed25519-dalek's `verify`; it does
  /// not add dalek `verify_strict`'s small-order-point rejection, which only matters for
  /// adversarially chosen keys.
  ///
  /// @param publicKey the signer's public key
  /// @param message the signed bytes
  /// @param signature the signature (must be 64 bytes to verify)
  /// @return whether the signature is valid
  public static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
    if (signature.length != SIGNATURE_BYTES) {
      return false;
    }
    byte[] spki = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + PublicKey.BYTES);
    publicKey.write(spki, X509_PREFIX.length);
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(spki)));
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException invalid) {
      return false;
    }
  }

  private static KeyPair jdkKeyPair(byte[] seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
      g.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JDK Ed25519 unavailable", e);
    }
  }

  /// Two keypairs are equal when their secrets are equal (compared in constant time).
  @Override
  public boolean equals(Object o) {
    return o instanceof Keypair k && MessageDigest.isEqual(seed, k.seed);
  }

  @Override
  public int hashCode() {
    return publicKey.hashCode();
  }

  /// @return `Keypair[publicKey=<base58>]`; never the secret
  @Override
  public String toString() {
    return "Keypair[publicKey=" + publicKey + "]";
  }

  /// A [SecureRandom] whose only output is the given seed, so `KeyPairGenerator` uses it as the
  /// private key.
  private static final class FixedSeed extends SecureRandom {
    private final byte[] seed;

    FixedSeed(byte[] seed) {
      this.seed = seed;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException(
            "Ed25519 key generation asked for " + bytes.length + " random bytes, expected 32");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
