package doublezero.cli.accesspass;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.user.MemberFixture;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `access-pass user-balances` end to end on LocalCliNetwork: three payers (the CLI user with two
/// passes and a connected IBRL user; a fresh key with three passes, which SetAccessPass's airdrop
/// leaves short of three users' rent; a key holding exactly 1 SOL with one pass), every figure
/// computed from the ledger's own rent and balances, sorting, filters, `--top`, and rejected flags.
class AccessPassUserBalancesTest {
  static final long RESERVE = 50 * 5_000L;
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static PublicKey shortOf;
  static PublicKey holder;
  static long rentUser;
  static long rentWallet;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    MemberFixture fx = new MemberFixture(n);
    fx.activatedDevice("dz1", fx.contributor("co1"), "45.0.0.1", "100.0.0.0/29");
    shortOf = Keypair.generate().publicKey();
    holder = Keypair.generate().publicKey();
    n.rpc.requestAirdrop(holder, 1_000_000_000L);
    ok("access-pass", "set", "--client-ip", "8.8.5.1", "--user-payer", "me");
    ok("access-pass", "set", "--client-ip", "8.8.5.2", "--user-payer", "me");
    for (String ip : List.of("8.8.5.3", "8.8.5.5", "8.8.5.6")) {
      ok("access-pass", "set", "--client-ip", ip, "--user-payer", shortOf.toBase58());
    }
    ok("access-pass", "set", "--client-ip", "8.8.5.4", "--user-payer", holder.toBase58());
    ok("user", "create", "--device", "dz1", "--client-ip", "8.8.5.1");
    assertThat(
            n.client.get(
                ServiceabilityPdas.userV2(
                        LocalCliNetwork.PROGRAM, Ipv4Address.parse("8.8.5.1"), UserType.IBRL)
                    .address()))
        .isPresent();
    rentUser = n.rpc.getMinimumBalanceForRentExemption(240);
    rentWallet = n.rpc.getMinimumBalanceForRentExemption(0);
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static String sol(long lamports) {
    return BigDecimal.valueOf(lamports, 9).toPlainString();
  }

  /// The expected figures: payer, passes, unicast, balance, open slots.
  record Expect(PublicKey payer, int passes, int unicast, long balance, int open) {
    long required() {
      return rentUser * open + RESERVE + rentWallet;
    }

    long missing() {
      return Math.max(0, required() - balance);
    }

    List<String> cells(int index) {
      return List.of(
          Integer.toString(index),
          payer.toBase58(),
          Integer.toString(passes),
          Integer.toString(unicast),
          "0",
          sol(balance),
          sol(required()),
          sol(missing()));
    }
  }

  static String table(List<Expect> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(
        List.of(
            "#",
            "user_payer",
            "access_passes",
            "connected_unicast",
            "connected_multicast",
            "balance",
            "required",
            "missing"));
    for (int i = 0; i < rows.size(); i++) {
      cells.add(rows.get(i).cells(i + 1));
    }
    int[] w = new int[8];
    cells.forEach(
        r -> {
          for (int c = 0; c < 8; c++) {
            w[c] = Math.max(w[c], r.get(c).length());
          }
        });
    StringBuilder sb = new StringBuilder();
    for (List<String> r : cells) {
      List<String> padded = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        String pad = " ".repeat(w[c] - r.get(c).length());
        padded.add(" " + (c == 1 ? r.get(c) + pad : pad + r.get(c)) + " ");
      }
      sb.append(String.join("|", padded)).append('\n');
    }
    return sb.toString();
  }

  static List<Expect> all() {
    List<Expect> rows =
        new ArrayList<>(
            List.of(
                new Expect(n.user(), 2, 1, n.rpc.getBalance(n.user()), 1),
                new Expect(shortOf, 3, 0, n.rpc.getBalance(shortOf), 3),
                new Expect(holder, 1, 0, 1_000_000_000L, 1)));
    rows.sort(Comparator.comparing(e -> e.payer().toBytes(), Arrays::compareUnsigned));
    return rows;
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own access passes: compares the whole access-pass user-balances"
          + " table")
  @Test
  void listsEveryPayerByBalanceAscending() {
    List<Expect> rows = all();
    rows.sort(Comparator.comparingLong(Expect::balance));
    String out = ok("access-pass", "user-balances").out();
    assertThat(out).isEqualTo(table(rows));
    assertThat(out.lines().skip(1).map(l -> l.split("\\|")[1].trim()))
        .containsExactly(shortOf.toBase58(), holder.toBase58(), n.user().toBase58());
    assertThat(out).contains("|  1.000000000 | 0.003702160 | 0.000000000 \n");
    assertThat(rows.getFirst().missing()).isPositive();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own access passes: compares the whole access-pass user-balances"
          + " table")
  @Test
  void sortsFiltersAndCuts() {
    List<Expect> byMissing = all();
    byMissing.sort(Comparator.comparingLong(Expect::missing).reversed());
    assertThat(
            ok(
                    "access-pass",
                    "user-balances",
                    "--sort-by",
                    "missing",
                    "--sort-order",
                    "desc",
                    "--top",
                    "2")
                .out())
        .isEqualTo(table(byMissing.subList(0, 2)));
    Expect holderRow =
        all().stream().filter(e -> e.payer().equals(holder)).findFirst().orElseThrow();
    assertThat(
            ok("access-pass", "user-balances", "--min-balance", "1", "--max-balance", "1.0").out())
        .isEqualTo(table(List.of(holderRow)));
    assertThat(ok("access-pass", "user-balances", "--user-payer", holder.toBase58()).out())
        .isEqualTo(table(List.of(holderRow)));
    Expect shortOfRow =
        all().stream().filter(e -> e.payer().equals(shortOf)).findFirst().orElseThrow();
    assertThat(ok("access-pass", "user-balances", "--min-missing", sol(shortOfRow.missing())).out())
        .isEqualTo(table(List.of(shortOfRow)));
    List<Expect> funded = new ArrayList<>(all().stream().filter(e -> e.missing() == 0).toList());
    funded.sort(Comparator.comparingInt(Expect::passes));
    assertThat(funded).extracting(Expect::payer).containsExactly(holder, n.user());
    assertThat(
            ok("access-pass", "user-balances", "--max-missing", "0", "--sort-by", "access-passes")
                .out())
        .isEqualTo(table(funded));
    assertThat(ok("access-pass", "user-balances", "--top", "0").out()).isEqualTo(table(List.of()));
  }

  @Test
  void rejectsBadFlags() {
    CliRun.Result r = n.run("access-pass", "user-balances", "--min-balance", "1d");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid value '1d': invalid float literal");
    r = n.run("access-pass", "user-balances", "--sort-by", "owner");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "invalid value 'owner' [possible values: balance, access-passes, unicast, "
                + "multicast, required, missing]");
    r = n.run("access-pass", "user-balances", "--user-payer", "0OIl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("invalid value '0OIl': Invalid Base58 string");
    assertThat(r.out()).isEmpty();
  }
}
