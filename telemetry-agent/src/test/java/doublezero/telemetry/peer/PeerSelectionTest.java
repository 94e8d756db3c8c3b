package doublezero.telemetry.peer;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.telemetry.journal.Circuit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerSelectionTest {
  @Test
  void findsTheLocalSlash31InsideTheTunnelNet() {
    List<LocalAddress> local =
        List.of(
            new LocalAddress("lo", Ipv4Address.parse("127.0.0.1"), 8),
            new LocalAddress("eth0", Ipv4Address.parse("172.16.0.4"), 24), // inside, but not a /31
            new LocalAddress("Tunnel1", Ipv4Address.parse("172.16.0.5"), 31));
    assertThat(PeerSelection.tunnel(NetworkV4.parse("172.16.0.4/31"), local))
        .contains(
            new Tunnel(
                "Tunnel1", Ipv4Address.parse("172.16.0.5"), Ipv4Address.parse("172.16.0.4")));
    assertThat(PeerSelection.tunnel(NetworkV4.parse("172.16.0.8/31"), local)).isEmpty();
  }

  @Test
  void measuresActivatedDrainedAndProvisioningLinksOnly() {
    assertThat(PeerSelection.MEASURED)
        .extracting(Enum::name)
        .containsExactlyInAnyOrder("ACTIVATED", "SOFT_DRAINED", "HARD_DRAINED", "PROVISIONING");
  }

  @Test
  void thePeerKeyPrintsAsTheReferencesString() {
    PublicKey device = PublicKey.of(new byte[32]);
    PublicKey link = PublicKey.of(new byte[32]);
    Tunnel t =
        new Tunnel("Tunnel1", Ipv4Address.parse("172.16.0.5"), Ipv4Address.parse("172.16.0.4"));
    Circuit c = new Circuit(link, device, link);
    assertThat(new Peer(c, Optional.of(t)).key())
        .hasToString("device=" + device + ",addr=172.16.0.4,link=" + link)
        .isEqualTo(new Peer(c, Optional.of(t)).key());
    assertThat(new Peer(c, Optional.empty()).key())
        .hasToString("device=" + device + ",addr=,link=" + link);
  }
}
