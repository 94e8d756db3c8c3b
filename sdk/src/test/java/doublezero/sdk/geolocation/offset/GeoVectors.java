package doublezero.sdk.geolocation.offset;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/// The inputs of `src/test/resources/geolocation/make_vectors.py`, rebuilt in Java, and the vectors
/// it wrote.
public final class GeoVectors {
  public static final Keypair DZD = Keypair.fromSeed(seq32());
  public static final Keypair PROBE = Keypair.fromSeed(filled(0x42));
  public static final Keypair TARGET = Keypair.fromSeed(filled(0x07));
  public static final PublicKey DEVICE = PublicKey.of(filled(0x11));
  public static final PublicKey GEOPROBE = PublicKey.of(filled(0x22));

  private GeoVectors() {}

  private static byte[] seq32() {
    byte[] b = new byte[32];
    for (int i = 0; i < 32; i++) {
      b[i] = (byte) i;
    }
    return b;
  }

  private static byte[] filled(int v) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) v);
    return b;
  }

  public static LocationOffset dzdOffset() {
    return LocationOffset.unsigned(
            DZD.publicKey(),
            DEVICE,
            123456789L,
            52.3676,
            4.9041,
            1_500_000L,
            1_500_000L,
            Ipv4Address.parse("198.51.100.7"),
            List.of())
        .signedBy(DZD);
  }

  public static LocationOffset probeOffset() {
    return LocationOffset.unsigned(
            PROBE.publicKey(),
            GEOPROBE,
            123456800L,
            52.3676,
            4.9041,
            2_000_000L,
            3_500_000L,
            Ipv4Address.parse("203.0.113.9"),
            List.of(dzdOffset()))
        .signedBy(PROBE);
  }

  public static byte[] hex(String name) {
    try (InputStream in = GeoVectors.class.getResourceAsStream("/geolocation/" + name + ".hex")) {
      return HexFormat.of()
          .parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
