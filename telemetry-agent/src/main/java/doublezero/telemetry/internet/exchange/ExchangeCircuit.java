package doublezero.telemetry.internet.exchange;

import static java.util.Objects.requireNonNull;

import doublezero.sdk.borsh.DecodeException;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.journal.CircuitCodec;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/// One internet-latency series: a data provider's RTTs between two Exchanges. With an epoch it
/// names one InternetLatencySamples account (`reference/telemetry-geolocation.md` §A.5: seeds
/// collector, provider name, origin, target, epoch). The origin is the Exchange whose code sorts
/// first (the reference swaps the codes into that order, §C).
///
/// @param provider the on-chain `data_provider_name` (`ripeatlas`, `wheresitup`; ≤ 32 bytes)
/// @param origin the origin Exchange account
/// @param target the target Exchange account
public record ExchangeCircuit(String provider, PublicKey origin, PublicKey target) {
  /// Longest provider name the telemetry program accepts (`MAX_DATA_PROVIDER_NAME_BYTES`).
  public static final int MAX_PROVIDER_BYTES = 32;

  /// The journal encoding: origin, target (32 bytes each), then the provider name's UTF-8 bytes.
  public static final CircuitCodec<ExchangeCircuit> CODEC =
      new CircuitCodec<>() {
        @Override
        public byte[] encode(ExchangeCircuit c) {
          byte[] name = c.provider().getBytes(StandardCharsets.UTF_8);
          return ByteBuffer.allocate(64 + name.length)
              .put(c.origin().toBytes())
              .put(c.target().toBytes())
              .put(name)
              .array();
        }

        @Override
        public ExchangeCircuit decode(byte[] bytes) {
          if (bytes.length <= 64 || bytes.length > 64 + MAX_PROVIDER_BYTES) {
            throw new DecodeException(
                "ExchangeCircuit", "keys", 0, "needs 65..96 bytes, got " + bytes.length);
          }
          String name;
          try {
            name =
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 64, bytes.length - 64))
                    .toString();
          } catch (CharacterCodingException e) {
            throw new DecodeException("ExchangeCircuit", "provider", 64, "invalid UTF-8");
          }
          return new ExchangeCircuit(
              name,
              PublicKey.of(Arrays.copyOfRange(bytes, 0, 32)),
              PublicKey.of(Arrays.copyOfRange(bytes, 32, 64)));
        }
      };

  /// @throws NullPointerException for a null field
  /// @throws IllegalArgumentException for an empty provider name or one longer than 32 bytes
  public ExchangeCircuit {
    requireNonNull(provider, "provider");
    requireNonNull(origin, "origin");
    requireNonNull(target, "target");
    int n = provider.getBytes(StandardCharsets.UTF_8).length;
    if (n == 0 || n > MAX_PROVIDER_BYTES) {
      throw new IllegalArgumentException("provider name must be 1..32 bytes, got " + n);
    }
  }

  @Override
  public String toString() {
    return "provider=" + provider + " origin=" + origin + " target=" + target;
  }
}
