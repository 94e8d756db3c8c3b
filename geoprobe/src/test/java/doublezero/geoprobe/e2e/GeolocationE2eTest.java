package doublezero.geoprobe.e2e;

import static doublezero.geoprobe.e2e.GeoLab.await;
import static org.assertj.core.api.Assertions.assertThat;

import doublezero.geoprobe.agent.GeoprobeAgent;
import doublezero.geoprobe.reflector.SignedReflector;
import doublezero.geoprobe.targets.PairSender;
import doublezero.geoprobe.twamp.PlainReflector;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.offset.LocationOffset;
import doublezero.sdk.geolocation.offset.OffsetChain;
import doublezero.sdk.geolocation.trust.OffsetTrust;
import doublezero.sdk.geolocation.trust.Refusal;
import doublezero.sdk.geolocation.trust.TrustVerdict;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.telemetry.geolocation.ChildProbeDiscovery;
import doublezero.telemetry.geolocation.GeolocationConfig;
import doublezero.telemetry.geolocation.OffsetPublisher;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Acceptance, end to end on loopback with localnet: a device with a GeoProbe account naming it as
/// parent (sent through the SDK); the DZD side ([OffsetPublisher]) measuring the probe and sending
/// signed offsets; the geoprobe agent discovering its parent from chain, caching the offset and
/// measuring a target; the target receiving a composite offset whose reference is the DZD's, whose
/// rtt is the sum and whose chain verifies. Then the inbound flow with signed probe pairs.
///
/// The GeoProbe account's `public_ip` must be public (the program refuses loopback and the
/// documentation ranges), and this test sends nothing off the machine: the running DZD side is
/// given the probe's loopback address as a command-line probe, and its chain discovery
/// ([ChildProbeDiscovery]) is checked against the same ledger on its own.
class GeolocationE2eTest {
  @TempDir static Path dir;
  static GeoLab lab;
  static final Keypair TARGET_KEY = Keypair.generate();
  static PlainReflector targetReflector;
  static DatagramSocket targetOffsets;
  static GeoprobeAgent agent;
  static OffsetPublisher dzd;

  @BeforeAll
  static void start() throws Exception {
    lab = GeoLab.start(dir);
    InetAddress lo = InetAddress.getLoopbackAddress();
    targetReflector = PlainReflector.start(new InetSocketAddress(lo, 0));
    targetOffsets = new DatagramSocket(new InetSocketAddress(lo, 0));
    targetOffsets.setSoTimeout(20_000);
    agent =
        lab.agent(
            lab.probeKey,
            lab.probeAccount,
            new ProbeAddress(
                Ipv4Address.parse("127.0.0.1"),
                targetOffsets.getLocalPort(),
                targetReflector.port()),
            Set.of(TARGET_KEY.publicKey()));
    dzd = lab.dzd(lab.parentPublisher, lab.parent, agent);
  }

  @AfterAll
  static void stop() {
    if (dzd != null) {
      dzd.close();
    }
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
  void targetReceivesACompositeOffsetReferencingTheDevice() throws Exception {
    await(
        "the probe discovered its parent from chain",
        () -> agent.parents().trust().parents().containsKey(lab.parent));
    assertThat(agent.parents().trust().parents())
        .containsEntry(lab.parent, lab.parentPublisher.publicKey())
        .doesNotContainKey(lab.other);
    assertThat(new ChildProbeDiscovery(lab.geo, lab.parent).discover())
        .containsExactlyInAnyOrder(
            new ProbeAddress(GeoLab.PROBE_PUBLIC_IP, 8923, ProbeAddress.DEFAULT_TWAMP_PORT),
            new ProbeAddress(GeoLab.PROBE2_PUBLIC_IP, 8923, ProbeAddress.DEFAULT_TWAMP_PORT));
    assertThat(new ChildProbeDiscovery(lab.geo, lab.other).discover()).isEmpty();
    LocationOffset got = receiveComposite();
    assertThat(got.sender()).isEqualTo(lab.probeAccount);
    assertThat(got.authority()).isEqualTo(lab.probeKey.publicKey());
    assertThat(got.references()).hasSize(1);
    LocationOffset ref = got.references().getFirst();
    assertThat(ref.sender()).isEqualTo(lab.parent);
    assertThat(ref.authority()).isEqualTo(lab.parentPublisher.publicKey());
    assertThat(ref.references()).isEmpty();
    assertThat(ref.lat()).isEqualTo(lab.location.lat());
    assertThat(ref.lng()).isEqualTo(lab.location.lng());
    assertThat(ref.rttNs()).isEqualTo(ref.measuredRttNs()).isPositive();
    assertThat(got.rttNs()).isEqualTo(ref.rttNs() + got.measuredRttNs());
    assertThat(got.lat()).isEqualTo(ref.lat());
    assertThat(OffsetChain.verify(got)).isTrue();
    long slot = lab.net.rpc().getSlot(Commitment.CONFIRMED);
    assertThat(
            new OffsetTrust(Map.of(lab.parent, lab.parentPublisher.publicKey()), 9000)
                .checkComposite(got.encode(), lab.probeAccount, lab.probeKey.publicKey(), slot))
        .isInstanceOf(TrustVerdict.Accepted.class);
    assertThat(dzd.metrics().sentCount()).isPositive();
    assertThat(agent.listener().refusedCount(Refusal.NOT_A_PARENT)).isZero();
  }

  private static LocationOffset receiveComposite() throws Exception {
    byte[] buf = new byte[2048];
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        targetOffsets.receive(p);
      } catch (SocketTimeoutException e) {
        break;
      }
      return LocationOffset.decode(Arrays.copyOf(p.getData(), p.getLength()));
    }
    throw new AssertionError("no composite offset reached the target");
  }

  @Test
  void inboundPairsAnsweredUnlistedKeysIgnoredPairRateHeld() throws Exception {
    await("a DZD offset cached", () -> agent.listener().acceptedCount() > 0);
    InetSocketAddress probe =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), agent.signedReflector().port());
    Duration timeout = Duration.ofMillis(500);
    SignedReflector r = agent.signedReflector();
    var pair = new PairSender(probe, lab.probeKey.publicKey(), TARGET_KEY, timeout).send(1);
    assertThat(pair).isPresent();
    assertThat(pair.get().second().offsets()).hasSize(1);
    assertThat(pair.get().second().offsets().getFirst().sender()).isEqualTo(lab.parent);
    assertThat(pair.get().second().rttNs())
        .isEqualTo(
            pair.get().second().offsets().getFirst().rttNs() + pair.get().second().sinceLastRxNs());
    // the same key again within the verify interval: held by the pair limit
    assertThat(new PairSender(probe, lab.probeKey.publicKey(), TARGET_KEY, timeout).send(3))
        .isEmpty();
    assertThat(r.dropCount(SignedReflector.Drop.RATE_LIMITED)).isPositive();
    // an unlisted key, and the parent's own publisher key (v0.12.0 allowlisted it): ignored
    for (Keypair k : List.of(Keypair.generate(), lab.parentPublisher)) {
      assertThat(new PairSender(probe, lab.probeKey.publicKey(), k, timeout).send(1)).isEmpty();
    }
    assertThat(r.dropCount(SignedReflector.Drop.UNLISTED)).isEqualTo(2);
    assertThat(r.answeredCount()).isEqualTo(2);
  }

  @Test
  void offsetsFromTheOtherDeviceOrWithTheWrongKeyAreRefusedAndCounted() throws Exception {
    await("the probe discovered its parent", () -> agent.parents().trust().parents().size() == 1);
    long slot = lab.net.rpc().getSlot(Commitment.FINALIZED);
    InetSocketAddress to =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), agent.listener().port());
    long notParent = agent.listener().refusedCount(Refusal.NOT_A_PARENT);
    long wrongKey = agent.listener().refusedCount(Refusal.WRONG_AUTHORITY);
    try (DatagramSocket out = new DatagramSocket()) {
      for (byte[] b :
          List.of(
              dzdOffset(lab.other, lab.otherPublisher, slot).encode(),
              dzdOffset(lab.parent, lab.otherPublisher, slot).encode())) {
        out.send(new DatagramPacket(b, b.length, to));
      }
    }
    await(
        "both refused",
        () ->
            agent.listener().refusedCount(Refusal.NOT_A_PARENT) == notParent + 1
                && agent.listener().refusedCount(Refusal.WRONG_AUTHORITY) == wrongKey + 1);
  }

  @Test
  void dzdSideSendsNothingToAProbeThatDoesNotAnswer() throws Exception {
    try (DatagramSocket silent =
            new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        OffsetPublisher p =
            OffsetPublisher.start(
                new GeolocationConfig(
                    lab.rpcUrl(),
                    GeoLab.SVC,
                    null,
                    lab.otherPublisher,
                    lab.other,
                    List.of(
                        new ProbeAddress(
                            Ipv4Address.parse("127.0.0.1"),
                            silent.getLocalPort(),
                            silent.getLocalPort())),
                    Duration.ofMillis(300),
                    Duration.ofSeconds(60),
                    Duration.ofMillis(200)),
                new PrometheusRegistry())) {
      await("two lost cycles", () -> p.metrics().lostCount() >= 2);
      assertThat(p.metrics().sentCount()).isZero();
    }
  }

  private static LocationOffset dzdOffset(PublicKey device, Keypair key, long slot) {
    return LocationOffset.unsigned(
            key.publicKey(),
            device,
            slot,
            1.0,
            1.0,
            1,
            1,
            Ipv4Address.parse("127.0.0.1"),
            List.of())
        .signedBy(key);
  }
}
