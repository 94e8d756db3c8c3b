package doublezero.geoprobe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.offset.CompositeOffsets;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetReportTest {
  @Test
  void compositeReportShowsEveryLevelTheBoundAndTheRegion() {
    Keypair dzd = Keypair.generate();
    Keypair probe = Keypair.generate();
    LocationOffset ref =
        LocationOffset.unsigned(
                dzd.publicKey(),
                Keypair.generate().publicKey(),
                5,
                52.3676,
                4.9041,
                1_000_000,
                1_000_000,
                Ipv4Address.parse("192.0.2.1"),
                List.of())
            .signedBy(dzd);
    LocationOffset c =
        CompositeOffsets.single(
            ref,
            1_000_000,
            Ipv4Address.parse("192.0.2.2"),
            6,
            Keypair.generate().publicKey(),
            probe);
    List<String> lines = OffsetReport.lines(c);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("rtt_ns=2000000", "signature=valid", "max_distance_km=199.9");
    assertThat(lines.get(1)).startsWith("offset.references[0]").contains("max_distance_km=99.9");
    assertThat(lines.get(2))
        .contains("references=1", "estimate=52.3676,4.9041", "error_radius_km=199.9");
    GeoPoint dzdAt = new GeoPoint(52.3676, 4.9041);
    assertThat(OffsetReport.regionOf(c).marginWithin(dzdAt, 250)).isPositive();
    assertThat(OffsetReport.regionOf(c).marginWithin(dzdAt.move(90, 2000), 250)).isNegative();
  }

  @Test
  void targetRefusesGarbageTamperingAndFloods() throws Exception {
    TargetMain t = new TargetMain();
    t.verify = true;
    t.rateLimit = 2;
    InetAddress from = InetAddress.getLoopbackAddress();
    assertThat(t.handle(new byte[] {1}, from))
        .hasValueSatisfying(s -> assertThat(s).contains("reason=garbage"));
    Keypair k = Keypair.generate();
    byte[] bad =
        LocationOffset.unsigned(
                k.publicKey(),
                k.publicKey(),
                1,
                1,
                1,
                1,
                1,
                Ipv4Address.parse("192.0.2.1"),
                List.of())
            .signedBy(k)
            .encode();
    bad[140] ^= 1;
    assertThat(t.handle(bad, from))
        .hasValueSatisfying(s -> assertThat(s).contains("reason=bad_signature"));
    assertThat(t.handle(bad, from))
        .hasValueSatisfying(s -> assertThat(s).contains("reason=rate_limited"));
  }
}
