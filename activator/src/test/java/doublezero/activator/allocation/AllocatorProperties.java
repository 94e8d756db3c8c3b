package doublezero.activator.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/// Against a plain set as the model: any sequence of takes, releases and re-assignments (a restart
/// re-marks what is held) never hands out a held id or address, hands out the smallest free one,
/// and makes every freed one allocatable again.
class AllocatorProperties {
  @Property(tries = 200)
  void idsNeverDoubleAllocated(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 40) Integer> ops) {
    IdAllocator a = new IdAllocator(500, 520);
    Set<Integer> held = new HashSet<>();
    for (int op : ops) {
      if (op < 20) {
        var id = a.next();
        int expected = 500;
        while (held.contains(expected)) {
          expected++;
        }
        if (expected >= 520) {
          assertThat(id).isEmpty();
        } else {
          assertThat(id).hasValue(expected);
          held.add(expected);
        }
      } else if (op < 39) {
        int id = 500 + (op - 20);
        assertThat(a.release(id)).isEqualTo(held.remove(id));
      } else {
        IdAllocator restarted = new IdAllocator(500, 520);
        held.forEach(id -> assertThat(restarted.assign(id)).isTrue());
        a = restarted;
      }
      assertThat(a.assignedCount()).isEqualTo(held.size());
    }
  }

  @Property(tries = 200)
  void tunnelNetsNeverOverlap(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> ops) {
    IpBlockAllocator p = new IpBlockAllocator(NetworkV4.parse("169.254.0.0/28"));
    List<NetworkV4> held = new ArrayList<>();
    for (int op : ops) {
      if (op < 10) {
        var got = p.nextBlock(0, 2);
        if (held.size() == 8) {
          assertThat(got).isEmpty();
        } else {
          NetworkV4 n = got.orElseThrow();
          assertThat(n.prefix()).isEqualTo(31);
          assertThat(held).noneMatch(h -> h.ip().equals(n.ip()));
          held.add(n);
        }
      } else if (op < 20 && !held.isEmpty()) {
        NetworkV4 n = held.remove(op % held.size());
        assertThat(p.release(n)).isTrue();
        assertThat(p.isAssigned(n)).isFalse();
      } else if (op == 20) {
        IpBlockAllocator restarted = new IpBlockAllocator(NetworkV4.parse("169.254.0.0/28"));
        held.forEach(n -> assertThat(restarted.assign(n)).isTrue());
        p = restarted;
      }
      assertThat(p.assignedCount()).isEqualTo(2L * held.size());
    }
    assertThat(p.contains(Ipv4Address.parse("169.254.0.15"))).isTrue();
  }
}
