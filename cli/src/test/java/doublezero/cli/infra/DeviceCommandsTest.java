package doublezero.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import doublezero.cli.CliRun;
import doublezero.cli.LocalCliNetwork;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceHealth;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.testkit.external.NeedsLedgerInternals;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `device create|update|get|delete|set-health` end to end on LocalCliNetwork: the account state on
/// chain, the printed output, `-w`, and rejected inputs that send nothing.
@NeedsLedgerInternals(
    "fixed account codes: creates contributor co01, which the bootstrap (like the reference e2e)"
        + " already created; the CLI refuses a duplicate code")
class DeviceCommandsTest {
  @TempDir static Path dir;
  static LocalCliNetwork n;
  static Activator activator;

  @BeforeAll
  static void start() {
    n = LocalCliNetwork.start(dir);
    activator = new Activator(n);
    ok("contributor", "create", "--code", "co01");
  }

  @AfterAll
  static void stop() {
    n.close();
  }

  static CliRun.Result ok(String... args) {
    return n.ok(args);
  }

  static PublicKey create(String code, String ip, String prefixes, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "device",
                "create",
                "--code",
                code,
                "--contributor",
                "co01",
                "--location",
                "lax",
                "--exchange",
                "xlax",
                "--public-ip",
                ip,
                "--dz-prefixes",
                prefixes));
    args.addAll(List.of(extra));
    ok(args.toArray(String[]::new));
    return activator.deviceKey(code.toLowerCase());
  }

  @Test
  void createGetUpdateSetHealthDelete() throws Exception {
    PublicKey pk =
        create(
            "Lax3-DZ",
            "207.45.216.10",
            "100.1.0.0/16",
            "--device-type",
            "transit",
            "--mgmt-vrf",
            "mgmt");
    Device d = activator.device(pk);
    assertThat(d.code()).isEqualTo("lax3-dz");
    assertThat(d.deviceType()).isEqualTo(DeviceType.TRANSIT);
    assertThat(d.mgmtVrf()).isEqualTo("mgmt");
    assertThat(d.metricsPublisherPk()).isEqualTo(n.user());
    assertThat(d.dzPrefixes()).containsExactly(NetworkV4.parse("100.1.0.0/16"));
    assertThat(d.status()).isEqualTo(DeviceStatus.PENDING);

    List<String> get = ok("device", "get", "--code", "lax3-dz").out().lines().toList();
    assertThat(get)
        .contains(
            " account                     | " + pk,
            " code                        | lax3-dz",
            " contributor                 | co01",
            " location                    | lax",
            " device_type                 | transit",
            " status                      | pending",
            " metrics_publisher           | " + n.user(),
            " owner                       | " + n.user());
    assertThat(get).hasSize(24);
    JsonNode json =
        new ObjectMapper().readTree(ok("device", "get", "--code", pk.toBase58(), "--json").out());
    assertThat(json.get("status").asText()).isEqualTo("pending");
    assertThat(json.get("location_pk").asText()).isEqualTo(d.locationPk().toBase58());
    assertThat(json.get("interfaces").isArray()).isTrue();

    activator.activateDevice(pk);
    CliRun.Result upd =
        ok(
            "device",
            "update",
            "--pubkey",
            "lax3-dz",
            "--max-users",
            "64",
            "--mgmt-vrf",
            "red",
            "-w");
    assertThat(upd.out()).matches("Signature: \\w+\nStatus: activated\n");
    assertThat(activator.device(pk).maxUsers()).isEqualTo(64);
    assertThat(activator.device(pk).mgmtVrf()).isEqualTo("red");

    ok("device", "set-health", "--pubkey", "lax3-dz", "--health", "ready-for-links");
    assertThat(activator.device(pk).deviceHealth()).isEqualTo(DeviceHealth.READY_FOR_LINKS);

    ok(
        "device",
        "interface",
        "create",
        "lax3-dz",
        "Loopback255",
        "--loopback-type",
        "vpnv4",
        "--bandwidth",
        "1Gbps");
    List<String> withIface = ok("device", "get", "--code", "lax3-dz").out().lines().toList();
    assertThat(withIface.get(24)).isEmpty();
    assertThat(withIface.get(25))
        .startsWith(" name        | status  | interface_type | cyoa | dia  | loopback |");
    assertThat(withIface.get(26))
        .startsWith(" Loopback255 | pending | loopback       | none | none | vpnv4    |");
  }

  @Test
  void deleteTakesTheLegacyPathForAPendingDeviceAndTheAtomicPathWithResources() {
    PublicKey pending = create("del01", "207.45.216.40", "100.5.0.0/16");
    assertThat(ok("device", "delete", "--pubkey", "del01").out()).startsWith("Signature: ");
    assertThat(activator.device(pending).status()).isEqualTo(DeviceStatus.DELETING);

    PublicKey active = create("del02", "207.45.216.41", "100.6.0.0/16");
    activator.activateDevice(active);
    ok("device", "update", "--pubkey", "del02", "--status", "drained");
    assertThat(activator.device(active).status()).isEqualTo(DeviceStatus.DRAINED);
    assertThat(ok("device", "delete", "--pubkey", active.toBase58()).out())
        .startsWith("Signature: ");
    assertThat(n.client.get(active, Device.class)).isEmpty();
  }

  @Test
  void waitPollsUntilTheActivatorActs() throws Exception {
    CompletableFuture<CliRun.Result> run =
        CompletableFuture.supplyAsync(
            () ->
                n.run(
                    "device",
                    "create",
                    "--code",
                    "waiter",
                    "--contributor",
                    "co01",
                    "--location",
                    "ewr",
                    "--exchange",
                    "xewr",
                    "--public-ip",
                    "64.86.249.20",
                    "--dz-prefixes",
                    "100.2.0.0/16",
                    "-w"));
    PublicKey pk = null;
    for (int i = 0; i < 100 && pk == null; i++) {
      Thread.sleep(50);
      pk =
          n
              .client
              .getAll(doublezero.sdk.serviceability.state.AccountType.DEVICE, Device.class)
              .stream()
              .filter(x -> x.state().code().equals("waiter"))
              .map(x -> x.address())
              .findFirst()
              .orElse(null);
    }
    assertThat(pk).isNotNull();
    assertThat(run).isNotDone();
    activator.activateDevice(pk);
    CliRun.Result r = run.get();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).matches("Signature: \\w+\nStatus: activated\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void rejectedInputsSendNothing() {
    create("dup01", "207.45.216.30", "100.3.0.0/16");
    long before = n.rpc.getBalance(n.user());
    expect(
        1,
        "Error: Device with code 'dup01' already exists\n",
        "device",
        "create",
        "--code",
        "dup01",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.31",
        "--dz-prefixes",
        "100.4.0.0/16");
    expect(
        1,
        "Error: Device with public ip '207.45.216.30' already exists\n",
        "device",
        "create",
        "--code",
        "d2",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.30",
        "--dz-prefixes",
        "100.4.0.0/16");
    expect(
        1,
        "Error: Public IP '100.4.0.1' conflicts with device's own dz_prefix '100.4.0.0/16'\n",
        "device",
        "create",
        "--code",
        "d2",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "100.4.0.1",
        "--dz-prefixes",
        "100.4.0.0/16");
    expect(
        1,
        "Error: Public IP '100.3.0.9' conflicts with existing device 'dup01' dz_prefix"
            + " '100.3.0.0/16'\n",
        "device",
        "create",
        "--code",
        "d2",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "100.3.0.9",
        "--dz-prefixes",
        "100.4.0.0/16");
    expect(
        1,
        "Error: Contributor not found\n",
        "device",
        "create",
        "--code",
        "d2",
        "--contributor",
        "nobody",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.32",
        "--dz-prefixes",
        "100.4.0.0/16");
    expect(
        1,
        "Error: Invalid device type: router\n",
        "device",
        "create",
        "--code",
        "d2",
        "--contributor",
        "co01",
        "--location",
        "lax",
        "--exchange",
        "xlax",
        "--public-ip",
        "207.45.216.32",
        "--dz-prefixes",
        "100.4.0.0/16",
        "--device-type",
        "router");
    assertThat(
            n.run(
                    "device",
                    "create",
                    "--code",
                    "d2",
                    "--contributor",
                    "co01",
                    "--location",
                    "lax",
                    "--exchange",
                    "xlax",
                    "--public-ip",
                    "207.45.216.300",
                    "--dz-prefixes",
                    "100.4.0.0/16")
                .code())
        .isEqualTo(2);
    assertThat(
            n.run(
                    "device",
                    "create",
                    "--code",
                    "d2",
                    "--contributor",
                    "co01",
                    "--location",
                    "lax",
                    "--exchange",
                    "xlax",
                    "--public-ip",
                    "207.45.216.32",
                    "--dz-prefixes",
                    "100.4.0.0/33")
                .err())
        .contains("invalid network");
    expect(
        1,
        "Error: Device with code dup02 not found\n",
        "device",
        "update",
        "--pubkey",
        "dup02",
        "--max-users",
        "1");
    assertThat(n.run("device", "update", "--pubkey", "dup01", "--max-users", "70000").code())
        .isEqualTo(2);
    assertThat(n.run("device", "update", "--pubkey", "dup01", "--status", "asleep").err())
        .contains("Invalid DeviceStatus: asleep");
    assertThat(n.run("device", "set-health", "--pubkey", "dup01", "--health", "great").code())
        .isEqualTo(2);
    expect(1, "Error: Device not found\n", "device", "delete", "--pubkey", "nope");
    expect(1, "Error: Device with code nope not found\n", "device", "get", "--code", "nope");
    assertThat(n.rpc.getBalance(n.user())).isEqualTo(before);
  }

  static void expect(int code, String err, String... args) {
    CliRun.Result r = n.run(args);
    assertThat(r.err()).isEqualTo(err);
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.out()).isEmpty();
  }
}
