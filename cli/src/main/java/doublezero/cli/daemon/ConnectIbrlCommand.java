package doublezero.cli.daemon;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.cli.user.UserInstructions;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero connect ibrl [TENANT] [-a] [--device PK|CODE] [--client-ip IP]` (reference
/// `client/doublezero/src/command/connect.rs`, §C.2): the client IP is the daemon's; an access pass
/// is required; an existing user of this IP and type is reused, else one is created on the
/// lowest-latency eligible device; then the user is awaited Activated, the daemon's reconciler
/// enabled, and `/status` polled for the tunnel. The narration the reference shows on its spinner
/// goes to stdout here, so scripts see it too (docs/compatibility.md).
@Command(name = "ibrl", description = "Provision a user in IBRL mode")
public final class ConnectIbrlCommand extends CliCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TENANT",
      description = "Tenant code or pubkey")
  String tenant;

  @Option(
      names = {"-a", "--allocate-addr"},
      description = "Allocate a new address for the user")
  boolean allocateAddr;

  @Option(
      names = "--client-ip",
      converter = Ipv4Converter.class,
      hidden = true,
      description = "Deprecated: set --client-ip on the daemon (doublezerod)")
  Ipv4Address clientIp;

  @Option(names = "--device", description = "Device pubkey or code to connect to")
  String device;

  @Override
  protected void execute(Session s) {
    DaemonClient daemon = new DaemonClient(daemonSocket());
    Ipv4Address ip = ConnectSteps.start(s, daemon, clientIp);
    PublicKey payer = s.signer().publicKey();
    UserType type = allocateAddr ? UserType.IBRL_WITH_ALLOCATED_IP : UserType.IBRL;
    PublicKey user = findOrCreateUser(s, daemon, ip, type, payer);
    DaemonFlow.awaitActivated(s, user);
    DaemonFlow.enableAndWatch(s, daemon, type);
    s.out().println("✅  User Provisioned");
  }

  private PublicKey findOrCreateUser(
      Session s, DaemonClient daemon, Ipv4Address ip, UserType type, PublicKey payer) {
    LedgerView l = s.ledger();
    List<Keyed<User>> users = l.all(User.class);
    for (Keyed<User> u : users) {
      if (u.value().clientIp().equals(ip) && u.value().userType() == type) {
        s.out().println("    An account already exists with Pubkey: " + u.key());
        if (u.value().status() == UserStatus.PENDING_BAN
            || u.value().status() == UserStatus.BANNED) {
          s.out().println("❌  The user is banned.");
          throw new CliException("User is banned.");
        }
        return u.key();
      }
    }
    Map<PublicKey, Device> devices = DeviceChoice.candidates(s, this.device);
    List<Ipv4Address> exclude = DaemonFlow.excludeIps(users, ip, devices);
    DeviceChoice.Selected chosen = DeviceChoice.select(s, daemon, this.device, devices, exclude);
    Device d = chosen.device();
    PublicKey devicePk = chosen.key();
    Ipv4Address endpoint = chosen.endpoint();
    s.out().println("    Creating user account...");
    s.out().println("    Device selected: " + d.code() + " ");
    DeviceChoice.checkCapacity(d, type, false);
    UserInstructions ui = new UserInstructions(s.connection().programId(), l, payer);
    AccessPass pass =
        ui.pass(ip, payer)
            .or(() -> ui.pass(Ipv4Address.UNSPECIFIED, payer))
            .orElseThrow(
                () ->
                    new CliException(
                        "No valid AccessPass found for IP: " + ip + " user_payer: " + payer))
            .value();
    Optional<PublicKey> tenantPk = tenant(s, l, pass);
    UserInstructions.Sent sent = ui.createUser(type, devicePk, ip, tenantPk, endpoint);
    try {
      Sender.sendQuietly(s, List.of(sent.instruction()));
    } catch (RuntimeException e) {
      s.out().println("❌ Error creating user");
      s.out().println("\nError: " + e.getMessage() + "\n");
      throw new CliException("Error creating user", e);
    }
    s.refresh();
    return sent.account();
  }

  private Optional<PublicKey> tenant(Session s, LedgerView l, AccessPass pass) {
    String t = tenant;
    if (t == null && s.config().tenantOpt().isPresent()) {
      t = s.config().tenantOpt().get();
      s.out().println("Using tenant '" + t + "' from configuration file.");
    }
    if (t == null) {
      Optional<PublicKey> fromPass =
          pass.tenantAllowlist().stream().filter(p -> !p.equals(PublicKey.DEFAULT)).findFirst();
      if (fromPass.isEmpty()) {
        return Optional.empty();
      }
      t = fromPass.get().toBase58();
      s.out().println("Using tenant '" + t + "' from Access Pass.");
    }
    String code = t;
    return Optional.of(
        Validators.asPubkey(code)
            .orElseGet(
                () ->
                    l.all(Tenant.class).stream()
                        .filter(k -> k.value().code().equals(code))
                        .findFirst()
                        .orElseThrow(() -> new CliException("Tenant not found"))
                        .key()));
  }
}
