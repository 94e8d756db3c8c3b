package doublezero.localnet.activation;

import doublezero.localnet.programs.NetworkFixture;
import doublezero.localnet.programs.ProgramHarness;
import doublezero.localnet.up.NetworkBootstrap;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupPubAllowlist;
import doublezero.sdk.serviceability.instruction.AddMulticastGroupSubAllowlist;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.CreateDeviceInterface;
import doublezero.sdk.serviceability.instruction.CreateLink;
import doublezero.sdk.serviceability.instruction.CreateMulticastGroup;
import doublezero.sdk.serviceability.instruction.CreateSubscribeUser;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeviceContributorInterfaceAccounts;
import doublezero.sdk.serviceability.instruction.MulticastAllowlistAccounts;
import doublezero.sdk.serviceability.instruction.MulticastGroupWithBlockAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.InterfaceCyoa;
import doublezero.sdk.serviceability.state.InterfaceDia;
import doublezero.sdk.serviceability.state.LinkDesiredStatus;
import doublezero.sdk.serviceability.state.LinkLinkType;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.LoopbackType;
import doublezero.sdk.serviceability.state.RoutingMode;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.client.DecodedAccount;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import doublezero.testkit.external.ExternalLedgerConfig;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/// A localnet bootstrapped like the reference e2e (`activator-controller-agent.md` §E.3) with real
/// instructions: InitGlobalState (the foundation keypair is also the activator authority),
/// SetGlobalConfig with the e2e blocks (device tunnel 172.16.0.0/16, user tunnel 169.254.0.0/16,
/// multicast 233.84.178.0/24, publisher 148.51.120.0/21), a location, an exchange and a
/// contributor. Devices, interfaces, links, passes, groups and users are added by the tests, left
/// Pending for the activator.
///
/// In external-ledger mode (`-Dledger.url=…`, [ExternalLedgerConfig]) [#start(Path)] connects to
/// that ledger instead, already bootstrapped by `solana-test-validator-scripts/bootstrap.sh`
/// (GlobalState, the e2e GlobalConfig, `ewr` and `xewr`), with the bootstrap authority as
/// foundation and activator authority, and creates a contributor of its own. Tests that run in both
/// modes name what they create with [#unique(String)].
public final class E2eNetwork implements AutoCloseable {
  public final ProgramHarness h;
  public final NetworkFixture f;
  public final PublicKey location;
  public final PublicKey exchange;
  public final PublicKey contributor;

  /// Six random hex digits, distinct per network, for codes that must not collide on a shared
  /// ledger.
  public final String suffix =
      HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);

  private E2eNetwork(ProgramHarness h) {
    this.h = h;
    this.f = new NetworkFixture(h);
    location = find(AccountType.LOCATION, Location.class, "ewr", Location::code);
    exchange = find(AccountType.EXCHANGE, Exchange.class, "xewr", Exchange::code);
    contributor = f.contributor(unique("co"), h.foundation.publicKey());
  }

  private <T extends ServiceabilityAccount> PublicKey find(
      AccountType type, Class<T> klass, String code, Function<T, String> codeOf) {
    return h.serviceability.getAll(type, klass).stream()
        .filter(d -> codeOf.apply(d.state()).equals(code))
        .map(DecodedAccount::address)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the external ledger has no "
                        + code
                        + ": run solana-test-validator-scripts/bootstrap.sh first"));
  }

  private E2eNetwork(ProgramHarness h, boolean setConfig) {
    this.h = h;
    this.f = new NetworkFixture(h);
    h.ok(h.foundation, h.initGlobalState());
    if (setConfig) {
      h.ok(h.foundation, h.setGlobalConfig(h.foundation, NetworkBootstrap.E2E_CONFIG));
      location = f.location("ewr");
      exchange = f.exchange("xewr");
      contributor = f.contributor("co01", h.foundation.publicKey());
    } else {
      location = exchange = contributor = null;
    }
  }

  /// @return a bootstrapped network in `dir` (20 ms slots), or in external-ledger mode the external
  ///   ledger
  public static E2eNetwork start(Path dir) {
    Optional<ExternalLedgerConfig> external = ExternalLedgerConfig.current();
    if (external.isPresent()) {
      return new E2eNetwork(ProgramHarness.connect(external.get()));
    }
    return new E2eNetwork(ProgramHarness.start(dir), true);
  }

  /// @return a random public-looking address in 9.128.0.0/9 (the e2e CYOA range), for device and
  ///   client IPs
  public static Ipv4Address randomPublicIp() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Ipv4Address.parse(
        "9." + (128 + r.nextInt(128)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)));
  }

  /// @return a random /29 in 101.0.0.0/8 (global unicast; 100.64.0.0/10 is refused), for a device's
  ///   dz_prefix
  public static String randomDzPrefix() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "101." + r.nextInt(256) + "." + r.nextInt(256) + "." + 8 * r.nextInt(32) + "/29";
  }

  /// @param prefix a short code prefix
  /// @return `prefix-<suffix>`, unique to this network
  public String unique(String prefix) {
    return prefix + "-" + suffix;
  }

  /// @return a bootstrapped network in `dir` with another slot time
  public static E2eNetwork start(Path dir, long slotMillis) {
    return new E2eNetwork(ProgramHarness.start(dir, c -> c.withSlotMillis(slotMillis)), true);
  }

  /// @return a bootstrapped network in `dir` with a changed ledger configuration (epoch length,
  ///   ...)
  public static E2eNetwork start(
      Path dir, java.util.function.UnaryOperator<doublezero.localnet.LocalnetConfig> tweak) {
    return new E2eNetwork(ProgramHarness.start(dir, tweak), true);
  }

  /// @return a network with GlobalState only (no GlobalConfig)
  public static E2eNetwork withoutConfig(Path dir) {
    return new E2eNetwork(ProgramHarness.start(dir), false);
  }

  /// Creates a Pending device (left for the activator) and sets max_users.
  public PublicKey device(String code, String publicIp, String dzPrefix, int maxUsers) {
    PublicKey pda = ServiceabilityPdas.device(h.programId, f.nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateDevice(
                code,
                DeviceType.HYBRID,
                Ipv4Address.parse(publicIp),
                List.of(NetworkV4.parse(dzPrefix)),
                PublicKey.DEFAULT,
                "mgmt",
                Optional.empty(),
                0)
            .toInstruction(
                h.programId,
                new CreateDevice.Accounts(
                    pda,
                    contributor,
                    location,
                    exchange,
                    h.globalState(),
                    Optional.empty(),
                    h.foundation.publicKey())));
    h.ok(h.foundation, f.maxUsers(pda, contributor, location, maxUsers));
    return pda;
  }

  /// Adds a physical interface (`Ethernet…`) or a loopback (`Loopback…`, with `type`).
  public void iface(PublicKey device, String name, LoopbackType type) {
    h.ok(
        h.foundation,
        new CreateDeviceInterface(
                name,
                type,
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
                h.programId,
                new DeviceContributorInterfaceAccounts(
                    device,
                    contributor,
                    h.globalState(),
                    Optional.empty(),
                    h.foundation.publicKey())));
  }

  /// Creates a WAN link between two devices' `Ethernet2`, Pending for the activator.
  public PublicKey link(String code, PublicKey sideA, PublicKey sideZ) {
    PublicKey pda = ServiceabilityPdas.link(h.programId, f.nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateLink(
                code,
                LinkLinkType.WAN,
                10_000_000_000L,
                2048,
                40_000_000,
                3_000_000,
                "Ethernet2",
                Optional.of("Ethernet2"),
                Optional.of(LinkDesiredStatus.ACTIVATED),
                false)
            .toInstruction(
                h.programId,
                new CreateLink.Accounts(
                    pda,
                    contributor,
                    sideA,
                    sideZ,
                    h.globalState(),
                    Optional.empty(),
                    h.foundation.publicKey())));
    return pda;
  }

  /// Creates a Pending multicast group owned by the foundation.
  public PublicKey group(String code) {
    PublicKey pda = ServiceabilityPdas.multicastGroup(h.programId, f.nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateMulticastGroup(code, 10_000_000_000L, h.foundation.publicKey(), false)
            .toInstruction(
                h.programId,
                new MulticastGroupWithBlockAccounts(
                    pda, h.globalState(), Optional.empty(), h.foundation.publicKey())));
    return pda;
  }

  /// @return a CreateUser of `type` at `clientIp` by `payer` (who holds the pass)
  public Instruction createUser(
      Keypair payer, PublicKey device, UserType type, Ipv4Address clientIp) {
    return new CreateUser(type, UserCyoa.GRE_OVER_DIA, clientIp, Ipv4Address.UNSPECIFIED, 0)
        .toInstruction(
            h.programId,
            new CreateUser.Accounts(
                userPda(clientIp, type),
                device,
                f.accessPassPda(clientIp, payer.publicKey()),
                h.globalState(),
                Optional.empty(),
                Optional.empty(),
                payer.publicKey()));
  }

  /// Allow-lists `payer` at `clientIp` on `group` (publisher or subscriber) and creates the
  /// multicast user.
  public PublicKey multicastUser(
      Keypair payer, PublicKey device, PublicKey group, Ipv4Address clientIp, boolean publisher) {
    PublicKey pass = f.accessPassPda(clientIp, payer.publicKey());
    var allow =
        new MulticastAllowlistAccounts(group, pass, h.globalState(), h.foundation.publicKey());
    h.ok(
        h.foundation,
        publisher
            ? new AddMulticastGroupPubAllowlist(clientIp, payer.publicKey())
                .toInstruction(h.programId, allow)
            : new AddMulticastGroupSubAllowlist(clientIp, payer.publicKey())
                .toInstruction(h.programId, allow));
    PublicKey user = userPda(clientIp, UserType.MULTICAST);
    h.ok(
        payer,
        new CreateSubscribeUser(
                UserType.MULTICAST,
                UserCyoa.GRE_OVER_DIA,
                clientIp,
                publisher,
                !publisher,
                Ipv4Address.UNSPECIFIED,
                0)
            .toInstruction(
                h.programId,
                new CreateSubscribeUser.Accounts(
                    user,
                    device,
                    group,
                    pass,
                    h.globalState(),
                    Optional.empty(),
                    payer.publicKey())));
    return user;
  }

  /// @return the V2 user PDA
  public PublicKey userPda(Ipv4Address clientIp, UserType type) {
    return ServiceabilityPdas.userV2(h.programId, clientIp, type).address();
  }

  @Override
  public void close() {
    h.close();
  }
}
