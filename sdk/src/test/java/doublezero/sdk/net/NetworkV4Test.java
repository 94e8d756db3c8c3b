package doublezero.sdk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkV4Test {
  @Test
  void keepsHostBitsAsWritten() {
    NetworkV4 n = NetworkV4.parse("172.16.0.1/30");
    assertThat(n.toString()).isEqualTo("172.16.0.1/30");
    assertThat(n.network().toString()).isEqualTo("172.16.0.0");
    assertThat(n.size()).isEqualTo(4);
    assertThat(n.contains(Ipv4Address.parse("172.16.0.3"))).isTrue();
    assertThat(n.contains(Ipv4Address.parse("172.16.0.4"))).isFalse();
    assertThat(NetworkV4.parse("0.0.0.0/0").contains(Ipv4Address.parse("255.255.255.255")))
        .isTrue();
  }

  @Test
  void addressesUseNetworkOrderOctets() {
    assertThat(Ipv4Address.parse("203.0.113.1").octets()).containsExactly(0xcb, 0x00, 0x71, 0x01);
    assertThat(Ipv4Address.ofOctets(new byte[] {(byte) 255, 0, 0, 1}).toString())
        .isEqualTo("255.0.0.1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.0",
        "10.0.0.0/33",
        "10.0.0/8",
        "10.0.0.256/8",
        "a.b.c.d/8",
        "10.0.0.0/",
        "10.0.0.0/-1"
      })
  void rejectsMalformedNetworksNamingTheInput(String text) {
    assertThatThrownBy(() -> NetworkV4.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.contains("/") ? text.substring(0, text.indexOf('/')) : text);
  }
}
