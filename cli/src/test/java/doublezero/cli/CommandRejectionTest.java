package doublezero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.user.MemberFixture;
import doublezero.sdk.solana.rpc.KeyedAccount;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/// Every command of the tree given one wrong input, on a live localnet: each run exits 1 (failure)
/// or 2 (usage), prints one line naming what was wrong (a usage error adds picocli's "For more
/// information, try '--help'." line), shows no stack trace, and sends nothing: the CLI user's
/// balance, every serviceability account, the CLI config file and the keypair file are
/// byte-identical afterwards (issue 5: "wrong input prints one clear line and exits 1 or 2, and
/// sends nothing"). [#everyCommandHasARow] fails when a command is added without a row.
class CommandRejectionTest {
  static final String UNREACHABLE = "http://127.0.0.1:9";
  static final String BAD_KEY = "0OIl";
  @TempDir static Path dir;
  static LocalCliNetwork n;

  /// One wrong invocation of one command: `path` names the command, `args` follow it.
  record Row(String path, int code, String message, String... args) {
    List<String> argv() {
      List<String> out = new ArrayList<>(Arrays.asList(path.split(" ")));
      out.addAll(Arrays.asList(args));
      return out;
    }

    @Override
    public String toString() {
      return String.join(" ", argv());
    }
  }

  static Row usage(String path, String message, String... args) {
    return new Row(path, 2, message, args);
  }

  static Row failure(String path, String message, String... args) {
    return new Row(path, 1, message, args);
  }

  static Stream<Row> rows() {
    return CommandRejectionRows.ALL.stream();
  }

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    MemberFixture fx = new MemberFixture(n);
    fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own devices: the export row expects the first device file written"
          + " to be its own dz1.yml")
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rejectsAndSendsNothing(Row row) throws IOException {
    long balance = n.rpc.getBalance(n.user());
    Map<String, String> accounts = programAccounts();
    Map<Path, byte[]> files = files();
    CliRun.Result r = n.run(row.argv().toArray(String[]::new));
    assertThat(r.code()).as("exit code; out=%s err=%s", r.out(), r.err()).isEqualTo(row.code());
    List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).as("stderr").isNotEmpty();
    assertThat(lines.getFirst()).as("stderr").contains(row.message());
    List<String> expectedTail =
        row.code() == 2 ? List.of("For more information, try '--help'.") : List.of();
    assertThat(lines.subList(1, lines.size()))
        .as("stderr after the first line")
        .isEqualTo(expectedTail);
    assertThat(r.err() + r.out()).as("no stack trace").doesNotContain("\tat ", "Exception:");
    assertThat(n.rpc.getBalance(n.user())).as("the CLI user's balance").isEqualTo(balance);
    assertThat(programAccounts()).as("serviceability accounts").isEqualTo(accounts);
    Map<Path, byte[]> after = files();
    assertThat(after.keySet()).as("files under the CLI home").isEqualTo(files.keySet());
    files.forEach((p, b) -> assertThat(after.get(p)).as(p.toString()).isEqualTo(b));
  }

  @Test
  void everyCommandHasARow() {
    TreeSet<String> commands = new TreeSet<>();
    leaves(DoubleZeroCli.model(), "", commands);
    commands.add("account");
    TreeSet<String> covered = new TreeSet<>();
    CommandRejectionRows.ALL.forEach(r -> covered.add(r.path()));
    assertThat(covered).as("commands with a rejection row").containsAll(commands);
    assertThat(commands).as("rows naming a command that exists").containsAll(covered);
  }

  static void leaves(CommandLine cl, String prefix, TreeSet<String> out) {
    if (cl.getSubcommands().isEmpty()) {
      out.add(prefix.strip());
      return;
    }
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (name.equals(sub.getCommandName()) && !name.equals("help")) {
                leaves(sub, prefix + " " + name, out);
              }
            });
  }

  static Map<String, String> programAccounts() {
    Map<String, String> out = new TreeMap<>();
    for (KeyedAccount k : n.rpc.getProgramAccounts(LocalCliNetwork.PROGRAM, List.of())) {
      out.put(
          k.pubkey().toBase58(),
          k.account().lamports() + ":" + HexFormat.of().formatHex(k.account().data()));
    }
    return out;
  }

  static Map<Path, byte[]> files() throws IOException {
    Map<Path, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(n.cli.home())) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }
}
