package doublezero.geoprobe.e2e;

import static doublezero.geoprobe.e2e.GeoLab.await;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.agent.GeoprobeAgent;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.client.ProbeAuthorities;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.region.FeasibleRegion;
import doublezero.sdk.geolocation.region.GeoPoint;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.geolocation.OffsetPublisher;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Scope 6(a) end to end on loopback with localnet: a probe whose GeoProbe account names two parent
/// devices (both in `lax`) discovers both from chain, receives a signed offset from each device's
/// DZD side, and sends its target one composite offset with a reference per parent; the checks
/// `doublezero geolocation verify` applies (authorities read from chain by [ProbeAuthorities],
/// [doublezero.sdk.geolocation.trust.OffsetTrust#checkComposite] at the ledger's slot, a non-empty
/// [FeasibleRegion]) accept it, and the region is provably within 1,000 km of the devices' Location
/// and not near a point 2,000 km away.
class GeolocationMultiParentE2eTest {
  @TempDir static Path dir;
  static GeoLab lab;
  static PlainReflector targetReflector;
  static DatagramSocket targetOffsets;
  static GeoprobeAgent agent;
  static final List<OffsetPublisher> DZDS = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    lab = GeoLab.start(dir);
    InetAddress lo = InetAddress.getLoopbackAddress();
    targetReflector = PlainReflector.start(new InetSocketAddress(lo, 0));
    targetOffsets = new DatagramSocket(new InetSocketAddress(lo, 0));
    targetOffsets.setSoTimeout(20_000);
    agent =
        lab.agent(
            lab.probe2Key,
            lab.probe2Account,
            new ProbeAddress(
                Ipv4Address.parse("127.0.0.1"),
                targetOffsets.getLocalPort(),
                targetReflector.port()),
            Set.of());
    DZDS.add(lab.dzd(lab.parentPublisher, lab.parent, agent));
    DZDS.add(lab.dzd(lab.thirdPublisher, lab.third, agent));
  }

  @AfterAll
  static void stop() {
    DZDS.forEach(OffsetPublisher::close);
    if (agent != null) {
      agent.close();
    }
    if (targetReflector != null) {
      targetReflector.close();
    }
    if (targetOffsets != null) {
      targetOffsets.close();
    }
    if (lab != null) {
      lab.close();
    }
  }

  @Test
  void probeWithTwoParentsSendsATwoReferenceOffsetThatVerifies() throws Exception {
    await(
        "the probe discovered both parents from chain",
        () -> agent.parents().trust().parents().size() == 2);
    LocationOffset got = receiveWithReferences(2);

    assertThat(got.sender()).isEqualTo(lab.probe2Account);
    assertThat(got.authority()).isEqualTo(lab.probe2Key.publicKey());
    assertThat(got.references())
        .extracting(LocationOffset::sender)
        .containsExactlyInAnyOrder(lab.parent, lab.third);
    for (LocationOffset ref : got.references()) {
      assertThat(ref.authority())
          .isEqualTo(
              ref.sender().equals(lab.parent)
                  ? lab.parentPublisher.publicKey()
                  : lab.thirdPublisher.publicKey());
      assertThat(ref.lat()).isEqualTo(lab.location.lat());
      assertThat(ref.references()).isEmpty();
    }
    LocationOffset first = got.references().getFirst();
    assertThat(Long.compareUnsigned(first.rttNs(), got.references().get(1).rttNs()))
        .isNotPositive();
    assertThat(got.rttNs()).isEqualTo(first.rttNs() + got.measuredRttNs());
    assertThat(got.encode()).hasSize(174 * 3);

    // what `doublezero geolocation verify` does: authorities from chain, then checkComposite
    ProbeAuthorities auth = ProbeAuthorities.resolve(lab.geo, lab.svc, got.sender()).orElseThrow();
    long slot = lab.net.rpc().getSlot(Commitment.CONFIRMED);
    assertThat(
            auth.trust(9000)
                .checkComposite(got.encode(), auth.probeAccount(), auth.probeKey(), slot))
        .isInstanceOf(TrustVerdict.Accepted.class);
    FeasibleRegion region = FeasibleRegion.of(got);
    assertThat(region.disks()).hasSize(2);
    assertThat(region.isEmpty()).isFalse();
    GeoPoint lax = new GeoPoint(lab.location.lat(), lab.location.lng());
    assertThat(region.contains(lax)).isTrue();
    assertThat(region.marginWithin(lax, 1000)).isPositive();
    assertThat(region.marginWithin(lax.move(90, 2000), 1000)).isNegative();
  }

  /// Offsets reach the target every probe interval; the first may carry one reference when only one
  /// DZD had reported yet.
  private static LocationOffset receiveWithReferences(int n) throws Exception {
    byte[] buf = new byte[2048];
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        targetOffsets.receive(p);
      } catch (SocketTimeoutException e) {
        break;
      }
      LocationOffset o = LocationOffset.decode(Arrays.copyOf(p.getData(), p.getLength()));
      if (o.references().size() == n) {
        return o;
      }
    }
    throw new AssertionError("no offset with " + n + " references reached the target");
  }
}
