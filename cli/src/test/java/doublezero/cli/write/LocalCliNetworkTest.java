package doublezero.cli.write;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The bootstrapped network `up` runs, seen through the CLI: the user is funded and the e2e
/// locations exist.
class LocalCliNetworkTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  @Test
  void userIsFundedAndContributorCreateWorks() {
    assertThat(n.run("address").out().trim()).isEqualTo(n.user().toBase58());
    assertThat(n.run("balance").out()).isEqualTo("100 Credits\n");
    CliRun.Result r = n.run("contributor", "create", "--code", "flower_power");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(n.run("contributor", "list").out())
        .contains("| flower_power |")
        .contains(n.user().toBase58());
  }
}
