package doublezero.activator.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/// The reference activator's `idallocator.rs` unit tests (`activator-controller-agent.md` §A.13),
/// plus the bound.
class IdAllocatorTest {
  @Test
  void firstFreeFromFirstFillsGapsAndContinues() {
    IdAllocator a = new IdAllocator(100, 200);
    a.assign(101);
    a.assign(102);
    assertThat(a.next()).hasValue(100);
    IdAllocator gap = new IdAllocator(100, 200);
    gap.assign(100);
    gap.assign(101);
    gap.assign(103);
    assertThat(gap.next()).hasValue(102);
    assertThat(gap.next()).hasValue(104);
  }

  @Test
  void aReleasedIdIsReusedFirst() {
    IdAllocator a = new IdAllocator(500, 628);
    assertThat(a.next()).hasValue(500);
    assertThat(a.next()).hasValue(501);
    assertThat(a.next()).hasValue(502);
    assertThat(a.release(501)).isTrue();
    assertThat(a.release(501)).isFalse();
    assertThat(a.next()).hasValue(501);
  }

  @Test
  void exhaustionIsReportedNotExceeded() {
    IdAllocator a = new IdAllocator(500, 628);
    for (int i = 500; i < 628; i++) {
      assertThat(a.next()).hasValue(i);
    }
    assertThat(a.next()).isEqualTo(OptionalInt.empty());
    assertThat(a.assignedCount()).isEqualTo(128).isEqualTo(a.capacity());
  }

  @Test
  void assignReportsDuplicatesAndOutOfRange() {
    IdAllocator a = new IdAllocator(200, 300);
    assertThat(a.next()).hasValue(200);
    assertThat(a.assign(200)).isFalse();
    assertThat(a.assign(300)).isFalse();
    assertThat(a.isAssigned(300)).isFalse();
    assertThat(a.assign(250)).isTrue();
    assertThat(a.isAssigned(250)).isTrue();
  }
}
