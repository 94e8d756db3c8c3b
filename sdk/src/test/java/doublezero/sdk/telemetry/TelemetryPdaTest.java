package doublezero.sdk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.environment.Environment;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.telemetry.pda.TelemetryPda;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/// Telemetry PDAs (`reference/telemetry-geolocation.md` §A.5), cross-checked with solanaj's own
/// derivation.
class TelemetryPdaTest {
  private static org.p2p.solanaj.core.PublicKey sj(PublicKey k) {
    return new org.p2p.solanaj.core.PublicKey(k.toBytes());
  }

  private static byte[] le(long v) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
  }

  private static void assertSame(
      ProgramDerivedAddress ours, List<byte[]> seeds, PublicKey program) {
    org.p2p.solanaj.core.PublicKey.ProgramDerivedAddress theirs =
        org.p2p.solanaj.core.PublicKey.findProgramAddress(seeds, sj(program));
    assertThat(ours.address().toBase58()).isEqualTo(theirs.getAddress().toBase58());
    assertThat(ours.bump()).isEqualTo(theirs.getNonce());
  }

  @Property(tries = 100)
  void deviceLatencySamplesMatchesSolanaj(
      @ForAll("keys") PublicKey origin,
      @ForAll("keys") PublicKey target,
      @ForAll("keys") PublicKey link,
      @ForAll long epoch) {
    PublicKey program = Environment.MAINNET_BETA.telemetryProgramId();
    assertSame(
        TelemetryPda.deviceLatencySamples(program, origin, target, link, epoch),
        List.of(
            "telemetry".getBytes(),
            "dzlatency".getBytes(),
            origin.toBytes(),
            target.toBytes(),
            link.toBytes(),
            le(epoch)),
        program);
  }

  @Property(tries = 100)
  void internetLatencySamplesMatchesSolanaj(
      @ForAll("keys") PublicKey agent,
      @ForAll @StringLength(max = 10) String name,
      @ForAll("keys") PublicKey origin,
      @ForAll("keys") PublicKey target,
      @ForAll long epoch) {
    PublicKey program = Environment.TESTNET.telemetryProgramId();
    assertSame(
        TelemetryPda.internetLatencySamples(program, agent, name, origin, target, epoch),
        List.of(
            "telemetry".getBytes(),
            "inetlatency".getBytes(),
            agent.toBytes(),
            name.getBytes(StandardCharsets.UTF_8),
            origin.toBytes(),
            target.toBytes(),
            le(epoch)),
        program);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<PublicKey> keys() {
    return TelemetryArbitraries.keys();
  }

  @Test
  void pdaIsDirectionalAndEpochScoped() {
    PublicKey program = Environment.DEVNET.telemetryProgramId();
    PublicKey a = PublicKey.fromBase58("8opHzTAnfzRpPEx21XtnrVTX28YQuCpAjcn1PczScKh");
    PublicKey z = PublicKey.fromBase58("CiDwVBFgWV9E5MvXWoLgnEgn2hK7rJikbvfWavzAQz3");
    PublicKey link = PublicKey.fromBase58("QRSsyMWN1yHT9ir42bgNZUNZ4PdEhcSWCrL2AryKpy5");
    PublicKey az = TelemetryPda.deviceLatencySamples(program, a, z, link, 19800).address();
    assertThat(TelemetryPda.deviceLatencySamples(program, z, a, link, 19800).address())
        .isNotEqualTo(az);
    assertThat(TelemetryPda.deviceLatencySamples(program, a, z, link, 19801).address())
        .isNotEqualTo(az);
    assertThat(az.isOnCurve()).isFalse();
  }
}
