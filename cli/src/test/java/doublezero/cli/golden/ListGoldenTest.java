package doublezero.cli.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.localnet.Localnet;
import doublezero.localnet.LocalnetConfig;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.ReferenceData;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `device list`, `user list` and `multicast group list` against the reference e2e fixtures
/// (`e2e/fixtures/**`, compared as the reference's `DiffCLITable` does: header→cell maps, `account`
/// ignored), over JSON-RPC to an in-process localnet holding the ledger state those fixtures show.
/// The JSON forms must carry the same values under the reference's JSON keys, enums by serde
/// variant name.
@NeedsLedgerInternals(
    "seeded accounts: the ledger state of the reference e2e fixtures written straight into the"
        + " ledger, and lists that show only those accounts")
class ListGoldenTest {
  static final PublicKey MANAGER = Keypair.generate().publicKey();
  static final PublicKey CLIENT = Keypair.generate().publicKey();
  static final String DEVICE_IP = "64.86.249.80";
  static final String DEVICE_PREFIX = "64.86.249.88/29";
  @TempDir static Path dir;
  static Localnet net;
  static PublicKey la2;
  static PublicKey ny5;

  @BeforeAll
  static void seed() {
    ReferenceData.require();
    net = Localnet.start(LocalnetConfig.ephemeral(dir.resolve("ledger")));
    LedgerFixture f = new LedgerFixture();
    PublicKey co01 = f.contributor(MANAGER, "co01");
    String[][] devices = {
      {
        "la2-dz01", "lax", "Los Angeles", "207.45.216.134", "207.45.216.136/30,200.12.12.12/29", "5"
      },
      {"ty2-dz01", "tyo", "Tokyo", "180.87.154.112", "180.87.154.120/29", "0"},
      {"ams-dz001", "ams", "Amsterdam", "195.219.138.50", "195.219.138.56/29", "0"},
      {"pit-dzd01", "pit", "Pittsburgh", "204.16.241.243", "204.16.243.243/32", "0"},
      {"frk-dz01", "fra", "Frankfurt", "195.219.220.88", "195.219.220.96/29", "0"},
      {"sg1-dz01", "sin", "Singapore", "180.87.102.104", "180.87.102.112/29", "0"},
      {"ny5-dz01", "ewr", "New York", DEVICE_IP, DEVICE_PREFIX, "1"},
      {"ld4-dz01", "lhr", "London", "195.219.120.72", "195.219.120.80/29", "0"}
    };
    for (String[] d : devices) {
      PublicKey loc = f.location(MANAGER, d[1], d[2], "XX");
      PublicKey ex = f.exchange(MANAGER, "x" + d[1], d[2]);
      List<NetworkV4> prefixes =
          java.util.Arrays.stream(d[4].split(",")).map(NetworkV4::parse).toList();
      PublicKey pk = f.device(MANAGER, d[0], co01, loc, ex, d[3], prefixes, Integer.parseInt(d[5]));
      if (d[0].equals("la2-dz01")) {
        la2 = pk;
      } else if (d[0].equals("ny5-dz01")) {
        ny5 = pk;
      }
    }
    for (int i = 0; i < 3; i++) {
      String ip = "1.2.3." + (10 + i);
      f.user(
          CLIENT,
          UserType.IBRL,
          la2,
          ip,
          ip,
          500 + i,
          "169.254.0." + (2 * i) + "/31",
          UserStatus.ACTIVATED,
          List.of(),
          List.of());
      f.prepaidPass(CLIENT, ip);
    }
    f.user(
        CLIENT,
        UserType.IBRL_WITH_ALLOCATED_IP,
        ny5,
        "9.9.9.9",
        "64.86.249.89",
        501,
        "169.254.0.8/31",
        UserStatus.ACTIVATED,
        List.of(),
        List.of());
    f.prepaidPass(CLIENT, "9.9.9.9");
    f.multicastGroup(MANAGER, "mg02", "233.84.178.1", 10_000_000_000L, 1, 1);
    f.multicastGroup(MANAGER, "mg01", "233.84.178.0", 10_000_000_000L, 1, 1);
    f.writeTo(net);
  }

  @AfterAll
  static void stop() {
    if (net != null) {
      net.close();
    }
  }

  CliRun.Result cli(String... args) {
    String[] full = new String[args.length + 2];
    full[0] = "--url";
    full[1] = net.rpcUrl();
    System.arraycopy(args, 0, full, 2, args.length);
    CliRun.Result r = new CliRun(dir.resolve("home")).run(full);
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  @Test
  void deviceList() throws Exception {
    String expected =
        FixtureTable.render(
            ReferenceData.text("e2e/fixtures/ibrl_with_allocated_addr/doublezero_device_list.tmpl"),
            Map.of(
                "DeviceIP",
                DEVICE_IP,
                "DeviceDZPrefix",
                DEVICE_PREFIX,
                "ManagerPubkey",
                MANAGER.toBase58()));
    compare(
        expected,
        cli("device", "list"),
        cli("device", "list", "--json"),
        Map.of(
            "contributor",
            "contributor_code",
            "location",
            "location_code",
            "exchange",
            "exchange_code"));
  }

  @Test
  void userList() throws Exception {
    List<Map<String, String>> ibrl =
        List.of(
            Map.of("ClientIP", "1.2.3.10", "TunnelID", "500", "TunnelNet", "169.254.0.0/31"),
            Map.of("ClientIP", "1.2.3.11", "TunnelID", "501", "TunnelNet", "169.254.0.2/31"),
            Map.of("ClientIP", "1.2.3.12", "TunnelID", "502", "TunnelNet", "169.254.0.4/31"));
    Map<String, Object> vars =
        new LinkedHashMap<>(
            Map.of(
                "IBRLUsers",
                ibrl,
                "ClientPubkeyAddress",
                CLIENT.toBase58(),
                "ClientIP",
                "9.9.9.9",
                "ExpectedAllocatedClientIP",
                "64.86.249.89",
                "AllocatedUserTunnelID",
                "501",
                "AllocatedUserTunnelNet",
                "169.254.0.8/31"));
    String expected =
        FixtureTable.render(
            ReferenceData.text(
                "e2e/fixtures/ibrl_with_allocated_addr/doublezero_user_list_user_added.tmpl"),
            vars);
    compare(
        expected,
        cli("user", "list"),
        cli("user", "list", "--json"),
        Map.of("groups", "multicast", "device", "device_name", "location", "location_name"));
  }

  @Test
  void multicastGroupList() throws Exception {
    String expected =
        FixtureTable.render(
            ReferenceData.text(
                "e2e/fixtures/multicast/doublezero_multicast_group_list_publisher.tmpl"),
            Map.of("ManagerPubkey", MANAGER.toBase58()));
    CliRun.Result table = cli("multicast", "group", "list");
    compare(expected, table, cli("multicast", "group", "list", "--json-compact"), Map.of());
    assertThat(table.out().lines().skip(1).map(l -> l.split("\\|")[1].trim()).toList())
        .containsExactly("mg01", "mg02");
  }

  @Test
  void emptyTableIsTheHeaderLine() {
    CliRun.Result r =
        new CliRun(dir.resolve("home"))
            .run("--url", net.rpcUrl(), "user", "list", "--status", "banned");
    assertThat(r.out())
        .isEqualTo(
            " account | tenant | user_type | groups | device | location | cyoa_type | client_ip "
                + "| dz_ip | accesspass | tunnel_id | tunnel_net | status | owner \n");
  }

  private static final Map<String, String> SERDE =
      Map.of("activated", "Activated", "ready-for-users", "ReadyForUsers", "hybrid", "Hybrid");

  private void compare(
      String expected, CliRun.Result table, CliRun.Result json, Map<String, String> jsonKeys)
      throws Exception {
    assertThat(new java.util.TreeSet<>(FixtureTable.headers(table.out())))
        .isEqualTo(new java.util.TreeSet<>(FixtureTable.headers(expected)));
    List<Map<String, String>> want = FixtureTable.rows(expected);
    assertThat(FixtureTable.rows(table.out())).isEqualTo(want);
    JsonNode arr = new ObjectMapper().readTree(json.out());
    List<Map<String, String>> fromJson = new java.util.ArrayList<>();
    for (JsonNode o : arr) {
      Map<String, String> row = new TreeMap<>();
      for (String h : want.getFirst().keySet()) {
        String key = jsonKeys.getOrDefault(h, h);
        assertThat(o.has(key)).as("JSON key %s", key).isTrue();
        row.put(h, o.get(key).asText());
      }
      fromJson.add(row);
    }
    List<Map<String, String>> wantJson =
        want.stream()
            .map(
                r -> {
                  Map<String, String> m = new TreeMap<>();
                  r.forEach((k, v) -> m.put(k, SERDE.getOrDefault(v, v)));
                  return m;
                })
            .sorted(java.util.Comparator.comparing(Map::toString))
            .toList();
    fromJson.sort(java.util.Comparator.comparing(Map::toString));
    assertThat(fromJson).isEqualTo(wantJson);
  }
}
