package doublezero.cli.daemon;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.cli.user.UserInstructions;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `doublezero connect multicast [publisher|subscriber] [GROUP…] [--publish G…] [--subscribe G…]`
/// (reference `client/doublezero/src/command/connect.rs` `execute_multicast`, §C.2 step 7): refused
/// while the daemon already runs a multicast service; group codes resolved (unknown and duplicate
/// codes refused); an existing Multicast user of this IP gets the missing subscriptions; otherwise
/// a Multicast user is created on the best device (the endpoints of an IBRL tunnel excluded, so the
/// two tunnels have distinct destinations, §C.3) with the first group, then the others are added
/// once it is Activated. The arguments are checked before anything is read, unlike the reference
/// (same messages).
@Command(name = "multicast", description = "Provision a user in Multicast mode")
public final class ConnectMulticastCommand extends CliCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODE",
      description = "(Legacy) publisher or subscriber")
  String mode;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "GROUP",
      description = "(Legacy) multicast group code(s)")
  List<String> groups = new ArrayList<>();

  @Option(names = "--publish", arity = "1..*", description = "Multicast groups to publish to")
  List<String> publish = new ArrayList<>();

  @Option(names = "--subscribe", arity = "1..*", description = "Multicast groups to subscribe to")
  List<String> subscribe = new ArrayList<>();

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
    List<List<String>> roles = roles();
    DaemonClient daemon = new DaemonClient(daemonSocket());
    Ipv4Address ip = ConnectSteps.start(s, daemon, clientIp);
    if (daemon.status().stream().anyMatch(st -> "multicast".equalsIgnoreCase(st.userType()))) {
      throw new CliException(
          "A multicast service is already running. Disconnect first with `doublezero disconnect"
              + " multicast`, then reconnect with all desired groups in a single command (e.g."
              + " --publish and --subscribe).");
    }
    List<PublicKey> pub = resolve(s, roles.get(0), "pub");
    List<PublicKey> sub = resolve(s, roles.get(1), "sub");
    PublicKey user = findOrCreateAndSubscribe(s, daemon, ip, pub, sub);
    DaemonFlow.awaitActivated(s, user);
    DaemonFlow.enableAndWatch(s, daemon, UserType.MULTICAST);
    s.out().println("✅  User Provisioned");
  }

  /// `parse_dz_mode`: the legacy positional form or the flag form, never both.
  ///
  /// @return [publish codes, subscribe codes]
  private List<List<String>> roles() {
    boolean legacy = mode != null || !groups.isEmpty();
    boolean flags = !publish.isEmpty() || !subscribe.isEmpty();
    if (legacy && flags) {
      throw new CliException(
          "Cannot mix legacy positional args (mode + groups) with --publish/--subscribe flags");
    }
    if (legacy) {
      if (!mode.equals("publisher") && !mode.equals("subscriber")) {
        throw usage(
            "invalid value '" + mode + "' for '[MODE]': possible values: publisher, subscriber");
      }
      if (groups.isEmpty()) {
        throw new CliException("At least one multicast group code is required");
      }
      return mode.equals("publisher") ? List.of(groups, List.of()) : List.of(List.of(), groups);
    }
    if (!flags) {
      throw new CliException(
          "At least one of --publish or --subscribe is required, or use legacy syntax: multicast"
              + " <publisher|subscriber> <groups...>");
    }
    return List.of(publish, subscribe);
  }

  private static List<PublicKey> resolve(Session s, List<String> codes, String role) {
    List<Keyed<MulticastGroup>> all = s.ledger().all(MulticastGroup.class);
    List<PublicKey> out = new ArrayList<>();
    for (String code : codes) {
      PublicKey pk =
          all.stream()
              .filter(g -> g.value().code().equals(code))
              .findFirst()
              .orElseThrow(() -> new CliException("Multicast group not found: " + code))
              .key();
      if (out.contains(pk)) {
        throw new CliException("Duplicate multicast " + role + " group: " + code);
      }
      out.add(pk);
    }
    return out;
  }

  private PublicKey findOrCreateAndSubscribe(
      Session s, DaemonClient daemon, Ipv4Address ip, List<PublicKey> pub, List<PublicKey> sub) {
    List<Keyed<User>> users = s.ledger().all(User.class);
    Optional<Keyed<User>> ibrl =
        users.stream()
            .filter(u -> u.value().clientIp().equals(ip))
            .filter(
                u ->
                    u.value().userType() == UserType.IBRL
                        || u.value().userType() == UserType.IBRL_WITH_ALLOCATED_IP)
            .findFirst();
    Optional<Keyed<User>> existing =
        users.stream()
            .filter(u -> u.value().clientIp().equals(ip))
            .filter(u -> u.value().userType() == UserType.MULTICAST)
            .findFirst();
    UserInstructions ui = instructions(s);
    if (existing.isPresent()) {
      addMissing(s, existing.get(), pub, sub);
      return existing.get().key();
    }
    List<PublicKey> all = new ArrayList<>(pub);
    sub.stream().filter(g -> !all.contains(g)).forEach(all::add);
    Map<PublicKey, Device> devices = DeviceChoice.candidates(s, device);
    List<Ipv4Address> exclude = DaemonFlow.excludeIps(users, ip, devices);
    DeviceChoice.Selected chosen = DeviceChoice.select(s, daemon, device, devices, exclude);
    if (ibrl.isPresent()) {
      s.out()
          .println(
              "    Creating separate Multicast user for concurrent tunnels (IBRL user: "
                  + ibrl.get().key()
                  + ")");
    } else {
      s.out().println("    Creating an account for the IP: " + ip);
    }
    s.out().println("    The Device has been selected: " + chosen.device().code() + " ");
    DeviceChoice.checkCapacity(chosen.device(), UserType.MULTICAST, !pub.isEmpty());
    PublicKey first = all.getFirst();
    UserCyoa cyoa = ibrl.map(u -> u.value().cyoaType()).orElse(UserCyoa.GRE_OVER_DIA);
    UserInstructions.Sent sent =
        ui.createSubscribeUser(
            chosen.key(),
            ip,
            first,
            pub.contains(first),
            sub.contains(first),
            cyoa,
            chosen.endpoint());
    try {
      Sender.sendQuietly(s, List.of(sent.instruction()));
    } catch (RuntimeException e) {
      String what = ibrl.isPresent() ? "Multicast user" : "user";
      s.out().println("❌ Error creating " + what);
      s.out().println("\nError: " + e.getMessage() + "\n");
      throw new CliException(
          "Error creating " + what + (ibrl.isPresent() ? ": " + e.getMessage() : ""), e);
    }
    s.refresh();
    if (all.size() > 1) {
      DaemonFlow.awaitActivated(s, sent.account());
    }
    for (PublicKey g : all.subList(1, all.size())) {
      s.out().println("    Subscribing to group: " + g);
      Sender.sendQuietly(
          s,
          List.of(instructions(s).subscribe(g, sent.account(), pub.contains(g), sub.contains(g))));
      s.refresh();
    }
    return sent.account();
  }

  private static void addMissing(
      Session s, Keyed<User> user, List<PublicKey> pub, List<PublicKey> sub) {
    if (user.value().status() != UserStatus.ACTIVATED) {
      DaemonFlow.awaitActivated(s, user.key());
    }
    for (PublicKey g : pub) {
      if (!user.value().publishers().contains(g)) {
        add(s, user.key(), g, true, "publisher");
      }
    }
    for (PublicKey g : sub) {
      if (!user.value().subscribers().contains(g)) {
        add(s, user.key(), g, false, "subscriber");
      }
    }
  }

  private static void add(Session s, PublicKey user, PublicKey group, boolean pub, String role) {
    s.out().println("    Adding " + role + " subscription to existing Multicast user: " + user);
    try {
      Sender.sendQuietly(s, List.of(instructions(s).subscribe(group, user, pub, !pub)));
    } catch (RuntimeException e) {
      s.out().println("❌ Error adding " + role + " subscription");
      s.out().println("\nError: " + e.getMessage() + "\n");
      throw new CliException("Error adding " + role + " subscription to existing user", e);
    }
    s.refresh();
  }

  /// The instruction builder over the current snapshot: after a send and [Session#refresh] the next
  /// instruction must see the accounts just created or changed (a builder kept from before the user
  /// existed refused the second group with `User not found`).
  private static UserInstructions instructions(Session s) {
    return new UserInstructions(s.connection().programId(), s.ledger(), s.signer().publicKey());
  }
}
