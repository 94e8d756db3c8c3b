package doublezero.geoprobe.e2e;

import doublezero.geoprobe.agent.GeoprobeAgent;
import doublezero.geoprobe.agent.GeoprobeAgentConfig;
import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.ledger.UpgradeableProgramData;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.geolocation.address.ProbeAddress;
import doublezero.sdk.geolocation.client.GeolocationClient;
import doublezero.sdk.geolocation.instruction.AddParentDevice;
import doublezero.sdk.geolocation.instruction.AddParentDeviceAccounts;
import doublezero.sdk.geolocation.instruction.CreateGeoProbe;
import doublezero.sdk.geolocation.instruction.CreateGeoProbeAccounts;
import doublezero.sdk.geolocation.instruction.InitProgramConfig;
import doublezero.sdk.geolocation.instruction.ProgramConfigAccounts;
import doublezero.sdk.geolocation.pda.GeolocationPda;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.telemetry.geolocation.GeolocationConfig;
import doublezero.telemetry.geolocation.OffsetPublisher;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/// A localnet as `doublezero-localnet up` runs it (activator in-process) with, sent through the SDK
/// (daemon tests cannot depend on the CLI): a contributor, three activated devices in `lax`, each
/// with its own metrics publisher key, the geolocation program configured (its program-data account
/// seeded with the admin as upgrade authority, as a BPF deployment would have it), one GeoProbe
/// account whose only parent is the first device, and a second GeoProbe account whose parents are
/// the first and the third device.
final class GeoLab implements AutoCloseable {
  static final Environment ENV = Environment.LOCAL;
  static final PublicKey SVC = ENV.serviceabilityProgramId();
  static final PublicKey GEO = ENV.geolocationProgramId();
  static final String PROBE_CODE = "geo-lax-01";
  static final Ipv4Address PROBE_PUBLIC_IP = Ipv4Address.parse("45.33.10.7");
  static final String PROBE2_CODE = "geo-lax-02";
  static final Ipv4Address PROBE2_PUBLIC_IP = Ipv4Address.parse("45.33.10.8");

  final LocalNetwork net;
  final ServiceabilityClient svc;
  final GeolocationClient geo;
  final Keypair parentPublisher = Keypair.generate();
  final Keypair otherPublisher = Keypair.generate();
  final Keypair thirdPublisher = Keypair.generate();
  final Keypair probeKey = Keypair.generate();
  final Keypair probe2Key = Keypair.generate();
  PublicKey parent;
  PublicKey other;
  PublicKey third;
  PublicKey probeAccount;
  PublicKey probe2Account;
  Location location;

  private GeoLab(LocalNetwork net) {
    this.net = net;
    this.svc =
        new ServiceabilityClient(net.rpc(), SVC, Commitment.CONFIRMED, Duration.ofSeconds(30));
    this.geo = new GeolocationClient(net.rpc(), GEO, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  static GeoLab start(Path dir) {
    UpConfig config =
        new UpConfig(
            LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20),
            dir.resolve("user.json"),
            true);
    GeoLab lab = new GeoLab(LocalNetwork.start(config));
    try {
      lab.build();
      return lab;
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  String rpcUrl() {
    return net.ledger().rpcUrl();
  }

  private void build() {
    PublicKey contributor = nextPda(true);
    send(
        new CreateContributor("co01")
            .toInstruction(
                SVC, new CreateContributor.Accounts(contributor, admin(), gs(), admin())));
    var lax =
        svc.getAll(AccountType.LOCATION, Location.class).stream()
            .filter(l -> l.state().code().equals("lax"))
            .findFirst()
            .orElseThrow();
    location = lax.state();
    PublicKey xlax =
        svc.getAll(AccountType.EXCHANGE, Exchange.class).stream()
            .filter(l -> l.state().code().equals("xlax"))
            .findFirst()
            .orElseThrow()
            .address();
    parent =
        device(
            "la2-dz01",
            "207.45.216.134",
            "100.0.0.0/16",
            parentPublisher,
            contributor,
            lax.address(),
            xlax);
    other =
        device(
            "la2-dz02",
            "207.45.216.135",
            "101.0.0.0/16",
            otherPublisher,
            contributor,
            lax.address(),
            xlax);
    third =
        device(
            "la2-dz03",
            "207.45.216.136",
            "102.0.0.0/16",
            thirdPublisher,
            contributor,
            lax.address(),
            xlax);
    await(
        "devices activated",
        () ->
            List.of(parent, other, third).stream()
                .allMatch(
                    d ->
                        svc.get(d, Device.class).orElseThrow().state().status()
                            == DeviceStatus.ACTIVATED));
    seedProgramData();
    send(new InitProgramConfig().toInstruction(GEO, ProgramConfigAccounts.derive(GEO, admin())));
    probeAccount = probe(PROBE_CODE, PROBE_PUBLIC_IP, probeKey, xlax, List.of(parent));
    probe2Account = probe(PROBE2_CODE, PROBE2_PUBLIC_IP, probe2Key, xlax, List.of(parent, third));
  }

  private PublicKey probe(
      String code, Ipv4Address ip, Keypair key, PublicKey exchange, List<PublicKey> parents) {
    send(
        new CreateGeoProbe(code, ip, 8923, key.publicKey())
            .toInstruction(GEO, CreateGeoProbeAccounts.derive(GEO, code, exchange, gs(), admin())));
    for (PublicKey device : parents) {
      send(
          new AddParentDevice()
              .toInstruction(
                  GEO, AddParentDeviceAccounts.derive(GEO, code, device, gs(), admin())));
    }
    return GeolocationPda.geoProbe(GEO, code).address();
  }

  private PublicKey device(
      String code,
      String ip,
      String prefix,
      Keypair publisher,
      PublicKey contributor,
      PublicKey location,
      PublicKey exchange) {
    PublicKey pda = nextPda(false);
    send(
        new CreateDevice(
                code,
                DeviceType.HYBRID,
                Ipv4Address.parse(ip),
                List.of(NetworkV4.parse(prefix)),
                publisher.publicKey(),
                "mgmt",
                Optional.empty(),
                0)
            .toInstruction(
                SVC,
                new CreateDevice.Accounts(
                    pda, contributor, location, exchange, gs(), Optional.empty(), admin())));
    return pda;
  }

  private PublicKey nextPda(boolean contributor) {
    var index = svc.globalState().orElseThrow().accountIndex().increment();
    return (contributor
            ? ServiceabilityPdas.contributor(SVC, index)
            : ServiceabilityPdas.device(SVC, index))
        .address();
  }

  /// The program-data account with the admin as upgrade authority (`up` made the user it).
  private void seedProgramData() {
    net.ledger()
        .node()
        .writeAccounts(
            Map.of(
                GeolocationPda.programData(GEO).address(),
                UpgradeableProgramData.account(0, admin())))
        .join();
  }

  private PublicKey gs() {
    return ServiceabilityPdas.globalState(SVC).address();
  }

  private PublicKey admin() {
    return net.admin().publicKey();
  }

  private void send(Instruction ix) {
    svc.sender().send(List.of(ix), net.admin(), List.of());
  }

  /// A geoprobe agent for `account` as the tests run it: every port picked by the system, parents
  /// from chain only, one target, a 500 ms probe interval and 1 s discovery.
  GeoprobeAgent agent(Keypair key, PublicKey account, ProbeAddress target, Set<PublicKey> allowed)
      throws IOException {
    return GeoprobeAgent.start(
        new GeoprobeAgentConfig(
            rpcUrl(),
            GEO,
            SVC,
            key,
            account,
            Map.of(),
            List.of(target),
            allowed,
            0,
            0,
            0,
            Duration.ofHours(1),
            9000,
            Duration.ofSeconds(29),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1)));
  }

  /// The DZD side of `device` measuring `agent` every 500 ms on loopback (the probe is given on the
  /// command line: its on-chain public address is not reachable here).
  OffsetPublisher dzd(Keypair publisher, PublicKey device, GeoprobeAgent agent) throws IOException {
    return OffsetPublisher.start(
        new GeolocationConfig(
            rpcUrl(),
            SVC,
            null,
            publisher,
            device,
            List.of(
                new ProbeAddress(
                    Ipv4Address.parse("127.0.0.1"),
                    agent.listener().port(),
                    agent.plainReflector().port())),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1)),
        new PrometheusRegistry());
  }

  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    net.close();
  }
}
