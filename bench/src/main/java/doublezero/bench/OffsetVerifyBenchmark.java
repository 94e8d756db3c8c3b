package doublezero.bench;

import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.offset.OffsetDatagram;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/// Location-offset verification throughput, one thread (= offsets per second per core), for a
/// probe's composite offset with 1 and 5 DZD references (RFC 1, `geolocation verify`):
/// - `verify`: [OffsetTrust#checkComposite] on the datagram bytes: decode, top sender and
///   authority, every signature, each reference's sender/authority/signature, freshness, rtt
///   monotonic: what a verifier does per offset once the chain's keys are known;
/// - `signaturesOnly`: decode + [OffsetChain#verify] (the reference's `VerifyOffsetChain`);
/// - `verifyAndRegion`: `verify` plus the region ([FeasibleRegion#of]) and a containment margin.
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OffsetVerifyBenchmark {
  private static final long SLOT = 1_000_000L;

  /// DZD references in the composite.
  @Param({"1", "5"})
  public int references;

  private byte[] datagram;
  private OffsetTrust trust;
  private PublicKey probeAccount;
  private PublicKey probeKey;
  private GeoPoint center;

  /// Builds and signs the composite and checks that it verifies.
  @Setup
  public void build() {
    Keypair probe = Keypair.generate();
    probeAccount = Keypair.generate().publicKey();
    probeKey = probe.publicKey();
    center = new GeoPoint(41.8781, -87.6298);
    Map<PublicKey, PublicKey> parents = new HashMap<>();
    List<LocationOffset> refs = new ArrayList<>();
    for (int i = 0; i < references; i++) {
      Keypair publisher = Keypair.generate();
      PublicKey device = Keypair.generate().publicKey();
      parents.put(device, publisher.publicKey());
      GeoPoint at = center.move(72 * i, 50 + 10 * i);
      refs.add(
          LocationOffset.unsigned(
                  publisher.publicKey(),
                  device,
                  SLOT,
                  at.lat(),
                  at.lng(),
                  900_000L + i,
                  900_000L + i,
                  Ipv4Address.parse("45.33.32.156"),
                  List.of())
              .signedBy(publisher));
    }
    LocationOffset top =
        LocationOffset.unsigned(
                probeKey,
                probeAccount,
                SLOT,
                refs.getFirst().lat(),
                refs.getFirst().lng(),
                300_000L,
                1_200_000L,
                Ipv4Address.parse("45.33.32.200"),
                refs)
            .signedBy(probe);
    datagram = OffsetDatagram.encode(top);
    trust = new OffsetTrust(parents, 750);
    if (!(verify() instanceof TrustVerdict.Accepted)) {
      throw new IllegalStateException("the benchmark offset does not verify: " + verify());
    }
  }

  /// @return the verdict
  @Benchmark
  public TrustVerdict verify() {
    return trust.checkComposite(datagram, probeAccount, probeKey, SLOT);
  }

  /// @return whether every signature verifies
  @Benchmark
  public boolean signaturesOnly() {
    return OffsetChain.verify(OffsetDatagram.decode(datagram));
  }

  /// @return the containment margin, km
  @Benchmark
  public double verifyAndRegion() {
    if (!(verify() instanceof TrustVerdict.Accepted(LocationOffset o))) {
      throw new IllegalStateException("refused");
    }
    return FeasibleRegion.of(o).marginWithin(center, 500);
  }
}
