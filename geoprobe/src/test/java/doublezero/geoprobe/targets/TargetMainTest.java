package doublezero.geoprobe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.offset.CompositeOffsets;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The target pinned to a probe and a parent (`--probe`, `--parent`): held attacks on composite
/// offsets are refused with one line each and counted.
class TargetMainTest {
  private static final long SLOT = 500_000;
  private final Keypair dzdKey = Keypair.generate();
  private final PublicKey device = Keypair.generate().publicKey();
  private final Keypair probeKey = Keypair.generate();
  private final PublicKey probeAccount = Keypair.generate().publicKey();
  private final InetAddress from = InetAddress.getLoopbackAddress();

  private TargetMain pinned() {
    TargetMain t = new TargetMain();
    t.verify = true;
    t.rateLimit = 0;
    t.maxSlotAge = 9000;
    t.probe = probeAccount + "," + probeKey.publicKey();
    t.parents = List.of(device + "," + dzdKey.publicKey());
    t.pin();
    return t;
  }

  private LocationOffset dzd(Keypair signer, long slot) {
    return LocationOffset.unsigned(
            signer.publicKey(),
            device,
            slot,
            34.0,
            -118.0,
            400_000,
            400_000,
            Ipv4Address.parse("45.33.10.7"),
            List.of())
        .signedBy(signer);
  }

  private byte[] composite(LocationOffset ref, long slot) {
    return CompositeOffsets.single(
            ref, 300_000, Ipv4Address.parse("127.0.0.1"), slot, probeAccount, probeKey)
        .encode();
  }

  @Test
  void acceptsTheChainOfItsProbeAndParent() {
    assertThat(pinned().handle(composite(dzd(dzdKey, SLOT), SLOT + 2), from)).isEmpty();
  }

  @Test
  void refusesResignedReferencesReplaysOversizeAndGarbageWithCounts() {
    TargetMain t = pinned();
    Keypair mallory = Keypair.generate();
    assertThat(t.handle(composite(dzd(mallory, SLOT), SLOT), from))
        .hasValueSatisfying(
            s -> assertThat(s).startsWith("refused reason=resigned_reference count=1"));
    assertThat(t.handle(composite(dzd(dzdKey, SLOT - 20_000), SLOT), from))
        .hasValueSatisfying(s -> assertThat(s).startsWith("refused reason=stale count=1"));
    LocationOffset other =
        CompositeOffsets.single(
            dzd(dzdKey, SLOT), 1, Ipv4Address.parse("127.0.0.1"), SLOT, probeAccount, mallory);
    assertThat(t.handle(other.encode(), from))
        .hasValueSatisfying(s -> assertThat(s).startsWith("refused reason=wrong_authority"));
    assertThat(t.handle(new byte[1233], from))
        .hasValueSatisfying(s -> assertThat(s).startsWith("refused reason=oversized count=1"));
    assertThat(t.handle("garbage".getBytes(), from))
        .hasValueSatisfying(s -> assertThat(s).startsWith("refused reason=garbage count=1"));
    assertThat(t.handle(composite(dzd(mallory, SLOT), SLOT), from))
        .hasValueSatisfying(
            s -> assertThat(s).startsWith("refused reason=resigned_reference count=2"));
    assertThat(t.refusedCount("resigned_reference")).isEqualTo(2);
  }
}
