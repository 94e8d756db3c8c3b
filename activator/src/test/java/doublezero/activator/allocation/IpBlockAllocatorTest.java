package doublezero.activator.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import org.junit.jupiter.api.Test;

/// The reference activator's `ipblockallocator.rs` unit tests (`activator-controller-agent.md`
/// §A.6, §A.13) and the first results it documents for the e2e pools.
class IpBlockAllocatorTest {
  private static NetworkV4 net(String s) {
    return NetworkV4.parse(s);
  }

  @Test
  void referenceAllocations() {
    assertThat(new IpBlockAllocator(net("10.0.0.0/24")).nextBlock(1, 1))
        .hasValue(net("10.0.0.1/32"));
    assertThat(new IpBlockAllocator(net("10.0.0.1/24")).nextBlock(1, 2))
        .hasValue(net("10.0.0.1/31"));
    assertThat(new IpBlockAllocator(net("10.0.0.1/24")).nextBlock(1, 1))
        .hasValue(net("10.0.0.1/32"));
    assertThat(new IpBlockAllocator(net("10.0.0.1/24")).nextBlock(2, 4))
        .hasValue(net("10.0.0.2/30"));
    IpBlockAllocator same = new IpBlockAllocator(net("10.0.0.1/24"));
    assertThat(same.nextBlock(1, 2)).hasValue(net("10.0.0.1/31"));
    assertThat(same.nextBlock(2, 4))
        .as("windows step from reserve by the block size")
        .hasValue(net("10.0.0.6/30"));
  }

  @Test
  void e2eFirstResults() {
    assertThat(new IpBlockAllocator(net("172.16.0.0/16")).nextBlock(0, 2))
        .hasValue(net("172.16.0.0/31"));
    assertThat(new IpBlockAllocator(net("169.254.0.0/16")).nextBlock(0, 2))
        .hasValue(net("169.254.0.0/31"));
    assertThat(new IpBlockAllocator(net("148.51.120.0/21")).nextBlock(1, 1))
        .hasValue(net("148.51.120.1/32"));
    assertThat(new IpBlockAllocator(net("233.84.178.0/24")).nextBlock(0, 1))
        .hasValue(net("233.84.178.0/32"));
  }

  @Test
  void freedBlocksComeBackFirstAndExhaustionIsEmpty() {
    IpBlockAllocator p = new IpBlockAllocator(net("10.0.0.0/30"));
    assertThat(p.nextBlock(0, 2)).hasValue(net("10.0.0.0/31"));
    assertThat(p.nextBlock(0, 2)).hasValue(net("10.0.0.2/31"));
    assertThat(p.nextBlock(0, 2)).isEmpty();
    assertThat(p.release(net("10.0.0.0/31"))).isTrue();
    assertThat(p.nextBlock(0, 2)).hasValue(net("10.0.0.0/31"));
  }

  @Test
  void assignMarksAndOutOfPoolIsANoOp() {
    IpBlockAllocator p = new IpBlockAllocator(net("172.16.0.0/16"));
    assertThat(p.assign(net("172.16.0.0/31"))).isTrue();
    assertThat(p.assign(net("172.16.0.1/32"))).as("overlap").isFalse();
    assertThat(p.nextBlock(0, 2)).hasValue(net("172.16.0.2/31"));
    assertThat(p.release(net("10.9.9.0/31"))).isFalse();
    assertThat(p.contains(Ipv4Address.parse("172.16.255.255"))).isTrue();
    assertThat(p.contains(Ipv4Address.parse("172.17.0.0"))).isFalse();
  }
}
