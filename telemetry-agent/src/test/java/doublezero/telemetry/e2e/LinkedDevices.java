package doublezero.telemetry.e2e;

import doublezero.localnet.LocalnetConfig;
import doublezero.localnet.up.LocalNetwork;
import doublezero.localnet.up.UpConfig;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.environment.Environment;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.client.ServiceabilityClient;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.DeviceStatus;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.InterfaceStatus;
import doublezero.sdk.serviceability.state.Link;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.LinkStatus;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.rpc.Commitment;
import doublezero.sdk.solana.rpc.RpcClient;
import doublezero.sdk.solana.tx.Instruction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/// A localnet as `doublezero-localnet up` runs it (activator in-process) with a contributor, two
/// devices (each with its own metrics-publisher keypair, funded) and one WAN link between them, all
/// activated: the same steps as the README walkthrough, sent as instructions (daemon tests cannot
/// depend on the CLI module).
final class LinkedDevices implements AutoCloseable {
  static final PublicKey PROGRAM = Environment.LOCAL.serviceabilityProgramId();
  private final UpConfig config;
  LocalNetwork net;
  RpcClient rpc;
  ServiceabilityClient client;
  final Keypair publisherA = Keypair.generate();
  final Keypair publisherZ = Keypair.generate();
  PublicKey deviceA;
  PublicKey deviceZ;
  PublicKey link;
  NetworkV4 tunnelNet;
  private PublicKey contributor;
  private PublicKey location;
  private PublicKey exchange;

  private LinkedDevices(LocalNetwork net, UpConfig config) {
    this.config = config;
    this.net = net;
    this.rpc = net.rpc();
    this.client =
        new ServiceabilityClient(rpc, PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  static LinkedDevices start(Path dir, UnaryOperator<LocalnetConfig> tweak) {
    UpConfig config =
        new UpConfig(
            tweak.apply(LocalnetConfig.ephemeral(dir.resolve("ledger")).withSlotMillis(20)),
            dir.resolve("user.json"),
            true);
    LinkedDevices d = new LinkedDevices(LocalNetwork.start(config), config);
    try {
      d.build();
      return d;
    } catch (RuntimeException e) {
      d.close();
      throw e;
    }
  }

  private void build() {
    for (Keypair k : List.of(publisherA, publisherZ)) {
      String sig = rpc.requestAirdrop(k.publicKey(), 100_000_000_000L);
      rpc.confirmTransaction(sig, Commitment.CONFIRMED, Long.MAX_VALUE, Duration.ofSeconds(30));
    }
    contributor = next(ServiceabilityPdas::contributor);
    send(
        new CreateContributor("co01")
            .toInstruction(
                PROGRAM,
                new CreateContributor.Accounts(
                    contributor, admin().publicKey(), gs(), admin().publicKey())));
    location =
        client.getAll(AccountType.LOCATION, Location.class).stream()
            .filter(l -> l.state().code().equals("lax"))
            .findFirst()
            .orElseThrow()
            .address();
    exchange =
        client.getAll(AccountType.EXCHANGE, Exchange.class).stream()
            .filter(l -> l.state().code().equals("xlax"))
            .findFirst()
            .orElseThrow()
            .address();
    deviceA = device("la2-dz01", "207.45.216.134", "100.0.0.0/16", publisherA);
    deviceZ = device("ny5-dz01", "64.86.249.80", "101.0.0.0/16", publisherZ);
    for (PublicKey d : List.of(deviceA, deviceZ)) {
      iface(d, "Ethernet1/1");
    }
    await(
        "devices activated with unlinked interfaces",
        () -> List.of(deviceA, deviceZ).stream().allMatch(this::activatedAndUnlinked));
    link = link("la2-dz01:ny5-dz01", deviceA, deviceZ, "Ethernet1/1", "Ethernet1/1");
    await(
        "link activated",
        () -> client.get(link, Link.class).orElseThrow().state().status() == LinkStatus.ACTIVATED);
    tunnelNet = client.get(link, Link.class).orElseThrow().state().tunnelNet();
  }

  /// @return whether the device is activated and all its interfaces are unlinked
  boolean activatedAndUnlinked(PublicKey device) {
    Device dev = client.get(device, Device.class).orElseThrow().state();
    return dev.status() == DeviceStatus.ACTIVATED
        && dev.interfaces().stream().allMatch(i -> i.status() == InterfaceStatus.UNLINKED);
  }

  /// Sends CreateDeviceInterface for a physical 10 Gbps interface (the activator activates it).
  void iface(PublicKey device, String name) {
    send(
        new CreateDeviceInterface(
                name,
                LoopbackType.NONE,
                0,
                Optional.empty(),
                false,
                InterfaceCyoa.NONE,
                InterfaceDia.NONE,
                10_000_000_000L,
                0,
                2048,
                RoutingMode.STATIC,
                false)
            .toInstruction(
                PROGRAM,
                new DeviceContributorInterfaceAccounts(
                    device, contributor, gs(), Optional.empty(), admin().publicKey())));
  }

  /// Sends CreateLink for a WAN link between two unlinked interfaces (the activator activates it
  /// and allocates its tunnel_net).
  ///
  /// @return the link's address
  PublicKey link(String code, PublicKey a, PublicKey z, String ifA, String ifZ) {
    PublicKey pda = next(ServiceabilityPdas::link);
    send(
        new CreateLink(
                code,
                LinkLinkType.WAN,
                10_000_000_000L,
                9000,
                40_000_000,
                3_000_000,
                ifA,
                Optional.of(ifZ),
                Optional.of(LinkDesiredStatus.ACTIVATED),
                false)
            .toInstruction(
                PROGRAM,
                new CreateLink.Accounts(
                    pda, contributor, a, z, gs(), Optional.empty(), admin().publicKey())));
    return pda;
  }

  /// Sends CreateDevice (hybrid, at the `lax` location and `xlax` exchange).
  ///
  /// @return the device's address
  PublicKey device(String code, String ip, String prefix, Keypair publisher) {
    PublicKey pda = next(ServiceabilityPdas::device);
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
                PROGRAM,
                new CreateDevice.Accounts(
                    pda,
                    contributor,
                    location,
                    exchange,
                    gs(),
                    Optional.empty(),
                    admin().publicKey())));
    return pda;
  }

  private interface IndexedPda {
    ProgramDerivedAddress at(PublicKey program, U128 index);
  }

  private PublicKey next(IndexedPda pda) {
    return pda.at(PROGRAM, client.globalState().orElseThrow().accountIndex().increment()).address();
  }

  private PublicKey gs() {
    return ServiceabilityPdas.globalState(PROGRAM).address();
  }

  Keypair admin() {
    return net.admin();
  }

  private void send(Instruction ix) {
    client.sender().send(List.of(ix), admin(), List.of());
  }

  static void await(String what, BooleanSupplier condition) {
    await(what, Duration.ofSeconds(30), condition);
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
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

  /// Stops the ledger (and its activator): an outage.
  void stopLedger() {
    net.close();
    net = null;
  }

  /// Starts the ledger again on the same port from the same ledger directory.
  ///
  /// @param rpcPort the port it had
  void startLedger(int rpcPort) {
    net =
        LocalNetwork.start(
            new UpConfig(config.ledger().withRpcPort(rpcPort), config.userKeypair(), true));
    rpc = net.rpc();
    client = new ServiceabilityClient(rpc, PROGRAM, Commitment.CONFIRMED, Duration.ofSeconds(30));
  }

  @Override
  public void close() {
    if (net != null) {
      net.close();
    }
  }
}
