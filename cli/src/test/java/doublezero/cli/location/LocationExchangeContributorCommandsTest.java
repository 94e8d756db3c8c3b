package doublezero.cli.location;

import static org.assertj.core.api.Assertions.assertThat;

import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Contributor;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `location`, `exchange` and `contributor` commands end to end on the bootstrapped localnet: what
/// they print, what lands on chain, and that rejected input sends nothing.
class LocationExchangeContributorCommandsTest {
  static final String SIG = "Signature: [1-9A-HJ-NP-Za-km-z]{64,88}\n";
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

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static void rejected(int code, String err, String... args) {
    n.rejected(code, err, args);
  }

  static <T extends doublezero.sdk.serviceability.state.ServiceabilityAccount>
      Optional<DecodedAccount<T>> byCode(
          AccountType type,
          Class<T> klass,
          String code,
          java.util.function.Function<T, String> codeOf) {
    return n.client.getAll(type, klass).stream()
        .filter(a -> codeOf.apply(a.state()).equals(code))
        .findFirst();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own accounts: compares whole location/exchange list tables")
  @Test
  void locationLifecycle() {
    assertThat(
            ok(
                    "location",
                    "create",
                    "--code",
                    "sfo",
                    "--name",
                    "San Francisco",
                    "--country",
                    "US",
                    "--lat",
                    "37.77",
                    "--lng",
                    "-122.42",
                    "--loc-id",
                    "9")
                .out())
        .matches(SIG);
    Location l =
        byCode(AccountType.LOCATION, Location.class, "sfo", Location::code).orElseThrow().state();
    assertThat(l.name()).isEqualTo("San Francisco");
    assertThat(l.lng()).isEqualTo(-122.42);
    assertThat(l.locId()).isEqualTo(9);
    assertThat(l.owner()).isEqualTo(n.user());
    assertThat(ok("location", "list").out())
        .contains("| sfo  | San Francisco | US      | 37.77   | -122.42   | activated |");
    assertThat(ok("location", "list", "--json-compact").out())
        .contains("\"code\":\"sfo\"")
        .contains("\"lng\":-122.42");
    assertThat(ok("location", "get", "--code", "SFO").out())
        .contains(" loc_id          | 9\n")
        .contains(" status          | activated\n");
    assertThat(ok("location", "update", "--pubkey", "sfo", "--name", "SF", "--lat", "-1.5").out())
        .matches(SIG);
    l = byCode(AccountType.LOCATION, Location.class, "sfo", Location::code).orElseThrow().state();
    assertThat(l.name()).isEqualTo("SF");
    assertThat(l.lat()).isEqualTo(-1.5);
    assertThat(l.country()).isEqualTo("US");

    rejected(
        2,
        "name must be alphanumeric",
        "location",
        "create",
        "--code",
        "bad code!",
        "--name",
        "x",
        "--country",
        "US",
        "--lat",
        "1",
        "--lng",
        "1");
    rejected(
        2,
        "number too large to fit in target type",
        "location",
        "update",
        "--pubkey",
        "sfo",
        "--loc-id",
        "4294967296");
    rejected(
        1,
        "Error: Location with code nope not found\n",
        "location",
        "update",
        "--pubkey",
        "nope",
        "--name",
        "x");
    rejected(1, "Error: Location with code nope not found\n", "location", "get", "--code", "nope");

    assertThat(ok("location", "delete", "--pubkey", "sfo").out()).matches(SIG);
    assertThat(byCode(AccountType.LOCATION, Location.class, "sfo", Location::code)).isEmpty();
  }

  @NeedsLedgerInternals(
      "a ledger holding only its own accounts: compares whole location/exchange list tables")
  @Test
  void exchangeLifecycle() {
    assertThat(
            ok(
                    "exchange",
                    "create",
                    "--code",
                    "xsfo",
                    "--name",
                    "San Francisco",
                    "--lat",
                    "37.5",
                    "--lng",
                    "-122.25")
                .out())
        .matches(SIG);
    DecodedAccount<Exchange> e =
        byCode(AccountType.EXCHANGE, Exchange.class, "xsfo", Exchange::code).orElseThrow();
    assertThat(e.state().bgpCommunity()).isBetween(10000, 10999);
    assertThat(ok("exchange", "list").out())
        .contains(
            "| xsfo | San Francisco | (none)  | (none)  | 37.5    | -122.25   | "
                + e.state().bgpCommunity()
                + "         | activated |");
    assertThat(ok("exchange", "get", "--code", "xsfo", "--json").out())
        .contains("\"device1_pk\": \"11111111111111111111111111111111\"")
        .contains("\"device1\": \"(none)\"")
        .contains("\"status\": \"activated\"");

    rejected(
        1,
        "Error: BGP community 9999 is out of valid range 10000-10999\n",
        "exchange",
        "update",
        "--pubkey",
        "xsfo",
        "--bgp-community",
        "9999");
    rejected(
        2,
        "invalid pubkey or code format",
        "exchange",
        "update",
        "--pubkey",
        "x sfo",
        "--name",
        "y");
    assertThat(
            ok(
                    "exchange",
                    "update",
                    "--pubkey",
                    "xsfo",
                    "--name",
                    "SFO",
                    "--bgp-community",
                    "10500")
                .out())
        .matches(SIG);
    int assigned = e.state().bgpCommunity();
    e = byCode(AccountType.EXCHANGE, Exchange.class, "xsfo", Exchange::code).orElseThrow();
    assertThat(e.state().name()).isEqualTo("SFO");
    // the program ignores the value and re-assigns the next community from GlobalConfig
    // (processors/exchange/update.rs)
    assertThat(e.state().bgpCommunity()).isGreaterThan(assigned).isBetween(10000, 10999);

    long before = n.rpc.getBalance(n.user());
    assertThat(ok("exchange", "set-device", "--pubkey", "xsfo").out())
        .isEqualTo("Signature: " + "1".repeat(64) + "\n");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
    rejected(
        1,
        "no-such-device",
        "exchange",
        "set-device",
        "--pubkey",
        "xsfo",
        "--device1",
        "no-such-device");

    assertThat(ok("exchange", "delete", "--pubkey", e.address().toBase58()).out()).matches(SIG);
    assertThat(byCode(AccountType.EXCHANGE, Exchange.class, "xsfo", Exchange::code)).isEmpty();
  }

  @Test
  void contributorUpdateGetDelete() {
    ok("contributor", "create", "--code", "co-a");
    ok("contributor", "create", "--code", "co-b");
    DecodedAccount<Contributor> a =
        byCode(AccountType.CONTRIBUTOR, Contributor.class, "co-a", Contributor::code).orElseThrow();
    String ops = Keypair.generate().publicKey().toBase58();
    rejected(
        1,
        "Error: Invalid contributor pubkey\n",
        "contributor",
        "update",
        "--pubkey",
        "co-a",
        "--code",
        "co-c");
    rejected(
        1,
        "Error: Contributor with code 'co-b' already exists\n",
        "contributor",
        "update",
        "--pubkey",
        a.address().toBase58(),
        "--code",
        "co-b");
    rejected(
        2,
        "invalid pubkey format",
        "contributor",
        "update",
        "--pubkey",
        a.address().toBase58(),
        "--ops-manager",
        "not-a-key");
    assertThat(
            ok(
                    "contributor",
                    "update",
                    "--pubkey",
                    a.address().toBase58(),
                    "--code",
                    "co-c",
                    "--ops-manager",
                    ops)
                .out())
        .matches(SIG);
    Contributor c = n.client.get(a.address(), Contributor.class).orElseThrow().state();
    assertThat(c.code()).isEqualTo("co-c");
    assertThat(c.opsManagerPk().toBase58()).isEqualTo(ops);
    assertThat(ok("contributor", "get", "--code", "co-c").out())
        .isEqualTo(
            " account         | "
                + a.address()
                + "\n code            | co-c\n reference_count | 0\n"
                + " status          | activated\n owner           | "
                + n.user()
                + "\n ops_manager_key | "
                + ops
                + "\n");
    rejected(
        1,
        "Error: Contributor with code co-a not found\n",
        "contributor",
        "delete",
        "--pubkey",
        "co-a");
    assertThat(ok("contributor", "delete", "--pubkey", "co-c").out()).matches(SIG);
    assertThat(n.client.get(a.address(), Contributor.class)).isEmpty();
  }
}
