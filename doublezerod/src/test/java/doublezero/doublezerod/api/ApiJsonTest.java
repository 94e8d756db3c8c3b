package doublezero.doublezerod.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.doublezerod.peering.SessionState;
import doublezero.doublezerod.reconcile.ProvisionRequest;
import doublezero.doublezerod.reconcile.ServiceView;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.UserType;
import java.util.List;
import org.junit.jupiter.api.Test;

/// `doublezero_ip` in a status entry: the user's dz_ip for unicast services and multicast
/// publishers, none for a subscriber-only multicast service (reference fixtures
/// `multicast/doublezero_status_connected_{publisher,subscriber}.tmpl`).
class ApiJsonTest {
  private static final Ipv4Address CLIENT = Ipv4Address.parse("64.86.249.82");
  private static final Ipv4Address GROUP = Ipv4Address.parse("233.84.178.0");

  private static String dzIp(UserType type, Ipv4Address dzIp, List<Ipv4Address> pub) {
    ProvisionRequest r =
        new ProvisionRequest(
            type,
            CLIENT,
            Ipv4Address.parse("207.45.216.134"),
            NetworkV4.parse("169.254.0.0/31"),
            dzIp,
            List.of(),
            List.of(GROUP),
            pub,
            65000,
            65342);
    ObjectNode o =
        ApiJson.status(
            new ObjectMapper().createObjectNode(),
            new ServiceView("doublezero1", r, SessionState.UNKNOWN));
    return o.path("doublezero_ip").asText();
  }

  @Test
  void aSubscriberOnlyMulticastServiceShowsNoDzIpEvenWhenTheUserHasOne() {
    assertThat(dzIp(UserType.MULTICAST, CLIENT, List.of())).isEmpty();
  }

  @Test
  void aPublisherShowsItsAllocatedDzIp() {
    Ipv4Address allocated = Ipv4Address.parse("148.51.120.0");
    assertThat(dzIp(UserType.MULTICAST, allocated, List.of(GROUP))).isEqualTo("148.51.120.0");
  }

  @Test
  void aUnicastServiceShowsItsDzIp() {
    assertThat(dzIp(UserType.IBRL, CLIENT, List.of())).isEqualTo("64.86.249.82");
  }
}
