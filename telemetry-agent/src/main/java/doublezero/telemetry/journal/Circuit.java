package doublezero.telemetry.journal;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import java.nio.ByteBuffer;
import java.util.Arrays;

/// One measured direction of one link: samples taken by the origin device's agent towards the
/// target device over the link. With an epoch it names one DeviceLatencySamples account
/// (`reference/telemetry-geolocation.md` §A.5).
///
/// @param origin the local Device account
/// @param target the peer Device account
/// @param link the Link account
public record Circuit(PublicKey origin, PublicKey target, PublicKey link) {
  /// The journal encoding: origin, target, link (32 bytes each).
  public static final CircuitCodec<Circuit> CODEC =
      new CircuitCodec<>() {
        @Override
        public byte[] encode(Circuit c) {
          return ByteBuffer.allocate(96)
              .put(c.origin().toBytes())
              .put(c.target().toBytes())
              .put(c.link().toBytes())
              .array();
        }

        @Override
        public Circuit decode(byte[] bytes) {
          if (bytes.length != 96) {
            throw new DecodeException("Circuit", "keys", 0, "needs 96 bytes, got " + bytes.length);
          }
          return new Circuit(
              PublicKey.of(Arrays.copyOfRange(bytes, 0, 32)),
              PublicKey.of(Arrays.copyOfRange(bytes, 32, 64)),
              PublicKey.of(Arrays.copyOfRange(bytes, 64, 96)));
        }
      };

  /// @throws NullPointerException for a null key
  public Circuit {
    requireNonNull(origin, "origin");
    requireNonNull(target, "target");
    requireNonNull(link, "link");
  }

  @Override
  public String toString() {
    return "origin=" + origin + " target=" + target + " link=" + link;
  }
}
