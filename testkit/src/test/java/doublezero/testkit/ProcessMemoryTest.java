package doublezero.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {
  @Test
  void readsThisJvmsResidentAndPeakMemory() throws IOException {
    ProcessMemory m = ProcessMemory.of(ProcessHandle.current().pid());
    long heapKiB = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 10;
    assertThat(m.rssKiB()).isGreaterThan(Math.min(heapKiB, 1024));
    assertThat(m.peakRssKiB()).isGreaterThanOrEqualTo(m.rssKiB());
  }

  @Test
  void aProcessThatIsGoneIsAnIoError() throws Exception {
    Process p = new ProcessBuilder("true").start();
    long pid = p.pid();
    p.waitFor();
    assertThatThrownBy(() -> ProcessMemory.of(pid)).isInstanceOf(IOException.class);
  }
}
