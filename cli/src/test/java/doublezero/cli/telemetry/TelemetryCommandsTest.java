package doublezero.cli.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.cli.telemetry.data.Circuits;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/// `doublezero telemetry device|internet` against a real localnet over HTTP, with samples written
/// by the telemetry program ([TelemetryLab]): the recorded `epoch-spanning` set as la2 → ny5
/// (epochs 7, 8, 9), `all-loss` as ny5 → la2 (epoch 7), `single-sample` and `two-samples` as
/// wheresitup and ripeatlas internet samples (epoch 7), and a recent account in the current epoch.
/// Figures are checked against numpy's (`expected.json`).
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co01, which the bootstrap (like the reference e2e)"
        + " already created; the CLI refuses a duplicate code")
class TelemetryCommandsTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static TelemetryLab lab;
  static final JsonNode EXPECTED = LatencyAggregatorGoldenTest.EXPECTED;
  static String aToZ;
  static String zToA;
  static long recentStart;

  @BeforeAll
  static void start() throws Exception {
    n = LocalCliNetwork.start(dir.resolve("net"), true);
    lab = new TelemetryLab(n);
    lab.build();
    SampleSets.accounts("epoch-spanning").forEach(a -> lab.writeDevice(true, a));
    SampleSets.accounts("all-loss").forEach(a -> lab.writeDevice(false, a));
    SampleSets.accounts("single-sample").forEach(a -> lab.writeInternet("wheresitup", a));
    SampleSets.accounts("two-samples").forEach(a -> lab.writeInternet("ripeatlas", a));
    long now = Instant.now().toEpochMilli() * 1000;
    recentStart = now - 1_000_000_000L;
    long epoch = n.rpc.getEpochInfo().epoch();
    List<Long> hundred = Collections.nCopies(100, 20_000L);
    lab.writeDevice(true, new SampleSets.Account(epoch, recentStart, 10_000_000, hundred));
    aToZ = Circuits.deviceCode("la2-dz01", "ny5-dz01", lab.link);
    zToA = Circuits.deviceCode("ny5-dz01", "la2-dz01", lab.link);
  }

  @AfterAll
  static void stop() {
    if (n != null) {
      n.close();
    }
  }

  static JsonNode json(String... args) throws Exception {
    return new ObjectMapper().readTree(n.ok(args).out());
  }

  @Test
  void deviceJsonOverSeveralEpochsEqualsNumpy() throws Exception {
    JsonNode a =
        json(
            "telemetry",
            "device",
            "--from-epoch",
            "7",
            "--to-epoch",
            "9",
            "--unit",
            "us",
            "--json");
    assertThat(a).hasSize(2);
    JsonNode az = a.get(0);
    assertThat(az.get("circuit").asText()).isEqualTo(aToZ);
    assertThat(az.get("link_type").asText()).isEqualTo("WAN");
    assertThat(az.get("contributor_code").asText()).isEqualTo("co01");
    JsonNode want = EXPECTED.get("epoch-spanning");
    for (String k :
        List.of("rtt_p90", "rtt_p95", "rtt_p99", "rtt_median", "rtt_min", "rtt_max", "rtt_mad")) {
      assertThat(az.get(k).asDouble()).as(k).isEqualTo(want.get(k).asDouble());
    }
    for (String k : List.of("rtt_mean", "rtt_stddev", "jitter_avg", "jitter_ewma", "loss_rate")) {
      assertThat(az.get(k).asDouble()).as(k).isCloseTo(want.get(k).asDouble(), within(1e-6));
    }
    assertThat(az.get("success_count").asLong()).isEqualTo(want.get("success_count").asLong());
    assertThat(az.get("loss_count").asLong()).isEqualTo(want.get("loss_count").asLong());
    assertThat(az.get("timestamp").asText()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(az.get("committed_rtt").asDouble()).isEqualTo(40_000.0);
    assertThat(az.get("committed_jitter").asDouble()).isEqualTo(3_000.0);
    JsonNode za = a.get(1);
    assertThat(za.get("circuit").asText()).isEqualTo(zToA);
    assertThat(za.get("loss_rate").asDouble()).isEqualTo(1.0);
    assertThat(za.get("loss_count").asLong()).isEqualTo(30);
    assertThat(za.get("rtt_p95").asDouble()).isZero();
  }

  @Test
  void deviceTableInMilliseconds() {
    String out = n.ok("telemetry", "device", "--from-epoch", "7", "--to-epoch", "9").out();
    List<String> lines = out.lines().toList();
    assertThat(lines.subList(0, 3))
        .containsExactly("Environment: local", "Epochs: 7 - 9", "* RTT aggregates are in ms");
    assertThat(lines.get(3)).startsWith("+-").endsWith("-+");
    assertThat(out).contains("RTT Mean", "Committed", "P95", "Loss");
    String p95 =
        String.format("%.3f", EXPECTED.get("epoch-spanning").get("rtt_p95").asDouble() / 1000);
    String row = lines.stream().filter(l -> l.contains(aToZ)).findFirst().orElseThrow();
    assertThat(row).contains(" WAN ", " " + p95 + " ", " 40.000 ", " 3.000 ", " 3.3% ");
    String lossRow = lines.stream().filter(l -> l.contains(zToA)).findFirst().orElseThrow();
    assertThat(lossRow).contains(" - ", " 0 ", " 30 ", " 100.0% ");
  }

  @Test
  void linkTypeFilter() throws Exception {
    assertThat(json("telemetry", "device", "--epoch", "7", "--link-type", "dzx", "--json"))
        .isEmpty();
    assertThat(json("telemetry", "device", "--epoch", "7", "--link-type", "WAN", "--json"))
        .hasSize(2);
  }

  @Test
  void internetPerProvider() throws Exception {
    String pk = lab.collector.publicKey().toBase58();
    JsonNode w =
        json(
            "telemetry",
            "internet",
            "--epoch",
            "7",
            "--collector-pk",
            pk,
            "--unit",
            "us",
            "--json");
    assertThat(w).hasSize(1);
    assertThat(w.get(0).get("circuit").asText()).isEqualTo("xewr → xlax");
    assertThat(w.get(0).get("rtt_p95").asDouble())
        .isEqualTo(EXPECTED.get("single-sample").get("rtt_p95").asDouble());
    JsonNode r =
        json(
            "telemetry",
            "internet",
            "-p",
            "ripeatlas",
            "--epoch",
            "7",
            "--collector-pk",
            pk,
            "--json");
    assertThat(r.get(0).get("jitter_avg").asDouble())
        .isEqualTo(EXPECTED.get("two-samples").get("jitter_avg").asDouble() / 1000);
    String table = n.ok("telemetry", "internet", "--epoch", "7", "--collector-pk", pk).out();
    assertThat(table).contains("Data provider: wheresitup", "Epoch: 7", "xewr → xlax", " 41.234 ");
    assertThat(json("telemetry", "internet", "--epoch", "7", "--json"))
        .as("other collector")
        .isEmpty();
  }

  @Test
  void recentWindowsUseSampleTimes() throws Exception {
    JsonNode all = json("telemetry", "device", "--recent-time", "30m", "--json");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).get("success_count").asLong()).isEqualTo(100);
    JsonNode last = json("telemetry", "device", "--recent-time", "5m", "--json");
    assertThat(last.get(0).get("success_count").asLong()).isBetween(29L, 31L);
    JsonNode current = json("telemetry", "device", "--json");
    assertThat(current).hasSize(1);
    assertThat(current.get(0).get("rtt_p95").asDouble()).isEqualTo(20.0);
  }

  @Test
  void rawCsvAndPlot() throws Exception {
    Path csv = dir.resolve("raw.csv");
    Path svg = dir.resolve("plot.svg");
    CliRun.Result r =
        n.ok(
            "telemetry",
            "device",
            "--from-epoch",
            "7",
            "--to-epoch",
            "9",
            "--raw-csv",
            csv.toString(),
            "--plot",
            svg.toString());
    assertThat(r.out()).isEmpty();
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.getFirst()).isEqualTo("circuit,timestamp,rtt_ms");
    assertThat(rows).hasSize(1 + 450 + 30);
    assertThat(rows.get(1)).startsWith(aToZ + ",2023-11-14T22:13:20Z,");
    assertThat(rows).contains(zToA + ",2023-11-14T22:13:20Z,0.000000");

    Document doc = parse(svg);
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    assertThat(groups.getLength()).as("one series per circuit").isEqualTo(2);
    Element first = (Element) groups.item(0);
    Element second = (Element) groups.item(1);
    assertThat(first.getAttribute("data-circuit")).isEqualTo(aToZ);
    assertThat(second.getAttribute("data-circuit")).isEqualTo(zToA);
    assertThat(first.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);
    assertThat(lossTicks(first))
        .isEqualTo(EXPECTED.get("epoch-spanning").get("loss_count").asInt());
    assertThat(second.getElementsByTagNameNS("*", "path").getLength()).isZero();
    assertThat(lossTicks(second)).isEqualTo(30);
  }

  static int lossTicks(Element g) {
    NodeList lines = g.getElementsByTagNameNS("*", "line");
    int k = 0;
    for (int i = 0; i < lines.getLength(); i++) {
      k += ((Element) lines.item(i)).getAttribute("class").equals("loss") ? 1 : 0;
    }
    return k;
  }

  static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    return doc;
  }

  @Test
  void badInputIsOneClearErrorAndExitOne() {
    rejected("invalid unit: s (must be ms or us)", "telemetry", "device", "--unit", "s");
    rejected(
        "from-epoch must be less than to-epoch",
        "telemetry",
        "device",
        "--from-epoch",
        "5",
        "--to-epoch",
        "3");
    rejected(
        "specify only one of: recent-time, recent-epochs, epoch, or from/to epoch range",
        "telemetry",
        "internet",
        "--epoch",
        "3",
        "--recent-epochs",
        "2");
    rejected("invalid link type: fiber", "telemetry", "device", "--link-type", "fiber");
    rejected("invalid data provider: pingdom", "telemetry", "internet", "-p", "pingdom");
    rejected("invalid duration \"soon\"", "telemetry", "device", "--recent-time", "soon");
    Path csv = dir.resolve("no-such-dir/raw.csv");
    rejected(
        "failed to create CSV file " + csv,
        "telemetry",
        "device",
        "--epoch",
        "7",
        "--raw-csv",
        csv.toString());
    assertThat(csv.getParent()).doesNotExist();
    Path asDir = dir.resolve("a-directory.svg");
    asDir.toFile().mkdirs();
    rejected(
        "failed to create plot file",
        "telemetry",
        "device",
        "--epoch",
        "7",
        "--plot",
        asDir.toString());
  }

  static void rejected(String err, String... args) {
    CliRun.Result r = n.run(args);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).startsWith("Error: ").contains(err).doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }
}
