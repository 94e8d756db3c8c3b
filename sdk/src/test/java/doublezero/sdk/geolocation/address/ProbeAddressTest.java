package doublezero.sdk.geolocation.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import doublezero.sdk.net.Ipv4Address;
import org.junit.jupiter.api.Test;

class ProbeAddressTest {
  @Test
  void parsesBothFormsSkipsBlanksAndDropsDuplicates() {
    assertThat(ProbeAddress.parseList(" 45.1.2.3, 45.1.2.4:9000:9001,,45.1.2.3"))
        .containsExactly(
            new ProbeAddress(Ipv4Address.parse("45.1.2.3"), 8923, 8925),
            new ProbeAddress(Ipv4Address.parse("45.1.2.4"), 9000, 9001));
    assertThat(ProbeAddress.parseList("")).isEmpty();
  }

  @Test
  void refusesTheTwoFieldFormBadPortsAndNames() {
    assertThatThrownBy(() -> ProbeAddress.parseList("45.1.2.3:8923"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'45.1.2.3:8923'")
        .hasMessageContaining("ip:offset_port:twamp_port");
    assertThatThrownBy(() -> ProbeAddress.parseList("45.1.2.3:0:8925"))
        .hasMessageContaining("port must be 1..65535");
    assertThatThrownBy(() -> ProbeAddress.parseList("probe.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probe.example");
  }
}
