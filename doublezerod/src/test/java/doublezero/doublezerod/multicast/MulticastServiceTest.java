package doublezero.doublezerod.multicast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.doublezerod.peering.BgpSessions;
import doublezero.doublezerod.peering.PeerSpec;
import doublezero.doublezerod.peering.SessionState;
import doublezero.doublezerod.pim.PimCodec;
import doublezero.doublezerod.pim.PimMessage;
import doublezero.doublezerod.pim.PimMessage.JoinPrune;
import doublezero.doublezerod.tunnel.Tunnel;
import doublezero.doublezerod.tunnel.TunnelBackend;
import doublezero.doublezerod.tunnel.TunnelSpec;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// The multicast service's steps in order (reference `internal/services/multicast.go`), against
/// recorders of the tunnel backend, BGP, routes, PIM and heartbeats that write one shared log.
class MulticastServiceTest {
  private static final Ipv4Address DZ_IP = Ipv4Address.parse("100.0.0.9");
  private static final Ipv4Address G1 = Ipv4Address.parse("233.84.178.0");
  private static final Ipv4Address G2 = Ipv4Address.parse("233.84.178.1");
  private static final Ipv4Address G3 = Ipv4Address.parse("233.84.178.2");

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  private MulticastRequest request(List<Ipv4Address> pub, List<Ipv4Address> sub) {
    return new MulticastRequest(
        Ipv4Address.parse("1.2.3.4"),
        Ipv4Address.parse("5.6.7.8"),
        NetworkV4.parse("169.254.0.2/31"),
        DZ_IP,
        65000,
        65342,
        pub,
        sub);
  }

  @Test
  void aPublisherAndSubscriberGetsRoutesHeartbeatsJoinsAndAPeerThatInstallsNothing() {
    MulticastService s = MulticastService.start(request(List.of(G1), List.of(G1, G2)), ports());
    assertThat(log)
        .containsExactly(
            "tunnel up doublezero1 1.2.3.4->5.6.7.8 169.254.0.2/31 dz=100.0.0.9",
            "route add 233.84.178.0 via 169.254.0.2 src 100.0.0.9",
            "heartbeats open doublezero1 100.0.0.9 [233.84.178.0]",
            "route add 233.84.178.1 via 169.254.0.2",
            "pim open doublezero1",
            "pim hello",
            "pim join holdtime=120 [233.84.178.0, 233.84.178.1] upstream=169.254.0.2",
            "bgp add 169.254.0.2 local=169.254.0.3 advertise=Optional[100.0.0.9] install=NONE");
    log.clear();
    s.close();
    assertThat(log)
        .containsExactly(
            "heartbeats close",
            "pim prune holdtime=5 [233.84.178.0, 233.84.178.1] upstream=169.254.0.2",
            "pim close",
            "bgp delete 169.254.0.2",
            "tunnel down doublezero1");
  }

  @Test
  void aSubscriberAloneHasNoDzIpOnTheTunnelAndAdvertisesNothing() {
    MulticastService s = MulticastService.start(request(List.of(), List.of(G2)), ports());
    assertThat(log.getFirst()).isEqualTo("tunnel up doublezero1 1.2.3.4->5.6.7.8 169.254.0.2/31");
    assertThat(log.getLast()).contains("advertise=Optional.empty install=NONE");
    assertThat(log).noneMatch(l -> l.startsWith("heartbeats"));
    s.close();
  }

  @Test
  void groupChangesApplyInPlaceWithoutTouchingTheTunnel() {
    MulticastService s = MulticastService.start(request(List.of(G1), List.of(G2)), ports());
    log.clear();
    MulticastRequest next = request(List.of(G3), List.of(G1, G2, G3));
    assertThat(s.canUpdateTo(next)).isTrue();
    s.update(next);
    assertThat(log)
        .containsExactly(
            "route delete 233.84.178.0 via 169.254.0.2 src 100.0.0.9",
            "route add 233.84.178.2 via 169.254.0.2 src 100.0.0.9",
            "heartbeats update [233.84.178.2]",
            "route add 233.84.178.0 via 169.254.0.2",
            "pim join holdtime=120 [233.84.178.0, 233.84.178.2] upstream=169.254.0.2");
    log.clear();
    s.update(request(List.of(G3), List.of()));
    assertThat(log)
        .containsExactly(
            "route delete 233.84.178.0 via 169.254.0.2",
            "route delete 233.84.178.1 via 169.254.0.2",
            "pim prune holdtime=5 [233.84.178.0, 233.84.178.1, 233.84.178.2] upstream=169.254.0.2",
            "pim close");
    assertThat(s.canUpdateTo(request(List.of(), List.of(G1)))).isFalse();
    assertThatThrownBy(() -> s.update(request(List.of(), List.of(G1))))
        .hasMessageContaining("must be rebuilt");
    s.close();
  }

  @Test
  void aFailedSetUpRemovesWhatWasBuilt() {
    MulticastPorts failing =
        new MulticastPorts(
            tunnels(),
            bgp(),
            routes(),
            iface -> {
              throw new IllegalStateException("no raw socket");
            },
            heartbeats(),
            Thread.ofPlatform().daemon().factory(),
            Duration.ofMinutes(5),
            Duration.ZERO);
    assertThatThrownBy(() -> MulticastService.start(request(List.of(G1), List.of(G2)), failing))
        .hasMessage("no raw socket");
    assertThat(log)
        .containsExactly(
            "tunnel up doublezero1 1.2.3.4->5.6.7.8 169.254.0.2/31 dz=100.0.0.9",
            "route add 233.84.178.0 via 169.254.0.2 src 100.0.0.9",
            "heartbeats open doublezero1 100.0.0.9 [233.84.178.0]",
            "route add 233.84.178.1 via 169.254.0.2",
            "heartbeats close",
            "tunnel down doublezero1");
    assertThatThrownBy(() -> request(List.of(), List.of()))
        .hasMessage("no multicast publisher or subscriber groups specified");
  }

  private MulticastPorts ports() {
    return new MulticastPorts(
        tunnels(),
        bgp(),
        routes(),
        this::pim,
        heartbeats(),
        Thread.ofPlatform().daemon().factory(),
        Duration.ofMinutes(5),
        Duration.ZERO);
  }

  private TunnelBackend tunnels() {
    return spec -> {
      log.add(
          "tunnel up "
              + spec.name()
              + " "
              + spec.src()
              + "->"
              + spec.dst()
              + " "
              + spec.overlay()
              + spec.dzIp().map(ip -> " dz=" + ip).orElse(""));
      return new Tunnel() {
        @Override
        public TunnelSpec spec() {
          return spec;
        }

        @Override
        public void close() {
          log.add("tunnel down " + spec.name());
        }
      };
    };
  }

  private BgpSessions bgp() {
    return new BgpSessions() {
      @Override
      public void addPeer(PeerSpec p) {
        log.add(
            "bgp add "
                + p.peerAddress()
                + " local="
                + p.localAddress()
                + " advertise="
                + p.advertise()
                + " install="
                + p.install());
      }

      @Override
      public void deletePeer(Ipv4Address peerAddress) {
        log.add("bgp delete " + peerAddress);
      }

      @Override
      public SessionState state(Ipv4Address peerAddress) {
        return SessionState.UNKNOWN;
      }

      @Override
      public void close() {}
    };
  }

  private GroupRoutes routes() {
    return new GroupRoutes() {
      @Override
      public void add(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source) {
        log.add("route add " + group + " via " + via + source.map(s -> " src " + s).orElse(""));
      }

      @Override
      public void delete(Ipv4Address group, Ipv4Address via, Optional<Ipv4Address> source) {
        log.add("route delete " + group + " via " + via + source.map(s -> " src " + s).orElse(""));
      }
    };
  }

  private PimTransport pim(String iface) {
    log.add("pim open " + iface);
    return new PimTransport() {
      @Override
      public void send(byte[] message) {
        PimMessage m = PimCodec.decode(message);
        log.add(
            switch (m) {
              case PimMessage.Hello h -> "pim hello";
              case JoinPrune j ->
                  "pim "
                      + (j.groups().getFirst().joins().isEmpty() ? "prune" : "join")
                      + " holdtime="
                      + j.holdtimeSeconds()
                      + " "
                      + j.groups().stream().map(g -> g.group()).toList()
                      + " upstream="
                      + j.upstreamNeighbor();
            });
      }

      @Override
      public void close() {
        log.add("pim close");
      }
    };
  }

  private Heartbeats.Opener heartbeats() {
    return (iface, source, groups) -> {
      log.add("heartbeats open " + iface + " " + source + " " + groups);
      return new Heartbeats() {
        @Override
        public void updateGroups(List<Ipv4Address> g) {
          log.add("heartbeats update " + g);
        }

        @Override
        public void close() {
          log.add("heartbeats close");
        }
      };
    };
  }
}
