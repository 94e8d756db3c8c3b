package doublezero.doublezerod.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `state.json`: fresh install writes false, the legacy file migrates, writes are atomic with mode
/// 0644.
class StateStoreTest {
  @TempDir Path dir;

  @Test
  void freshInstallWritesFalse() throws Exception {
    StateStore s = new StateStore(dir.resolve("state"));
    assertThat(s.load()).isFalse();
    Path f = dir.resolve("state/state.json");
    assertThat(Files.readString(f)).isEqualTo("{\"reconciler_enabled\":false}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
        .isEqualTo("rw-r--r--");
    s.save(true);
    assertThat(new StateStore(dir.resolve("state")).load()).isTrue();
    assertThat(dir.resolve("state/state.json.tmp")).doesNotExist();
  }

  @Test
  void legacyFileMigrates() throws Exception {
    Files.writeString(dir.resolve("doublezerod.json"), "[{\"user_type\":\"IBRL\"}]");
    assertThat(new StateStore(dir).load()).isTrue();
    assertThat(dir.resolve("doublezerod.json")).doesNotExist();
    assertThat(Files.readString(dir.resolve("state.json"))).contains("true");
    Files.delete(dir.resolve("state.json"));
    Files.writeString(dir.resolve("doublezerod.json"), "[]");
    assertThat(new StateStore(dir).load()).isFalse();
  }

  @Test
  void corruptStateIsAnError() throws Exception {
    Files.writeString(dir.resolve("state.json"), "{\"reconciler_enabled\":\"yes\"}");
    assertThatThrownBy(() -> new StateStore(dir).load()).hasMessageContaining("reconciler_enabled");
  }
}
