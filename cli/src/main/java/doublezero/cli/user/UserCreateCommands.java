package doublezero.cli.user;

import doublezero.cli.args.Ipv4Converter;
import doublezero.cli.args.PubkeyConverter;
import doublezero.cli.args.PubkeyOrCodeConverter;
import doublezero.cli.args.Validators;
import doublezero.cli.command.CliCommand;
import doublezero.cli.error.CliException;
import doublezero.cli.ledger.LedgerView;
import doublezero.cli.session.ActivationWait;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// The hidden `user create`, `user create-subscribe` and `user subscribe` commands (reference
/// `smartcontract/cli/src/user/{create,create_subscribe,subscribe}.rs`).
final class UserCreateCommands {
  private UserCreateCommands() {}

  /// @return the device address: a 43–44 character key as given, else the device with that code
  static PublicKey device(LedgerView l, String arg) {
    return Validators.asPubkey(arg)
        .orElseGet(
            () ->
                l.all(Device.class).stream()
                    .filter(k -> k.value().code().equalsIgnoreCase(arg))
                    .findFirst()
                    .orElseThrow(() -> new CliException("Device not found"))
                    .key());
  }

  static Optional<PublicKey> group(LedgerView l, String arg, String error) {
    if (arg == null) {
      return Optional.empty();
    }
    return Optional.of(
        Validators.asPubkey(arg)
            .orElseGet(
                () ->
                    l.all(MulticastGroup.class).stream()
                        .filter(k -> k.value().code().equalsIgnoreCase(arg))
                        .findFirst()
                        .orElseThrow(() -> new CliException(error))
                        .key()));
  }

  static void awaitUser(Session s, PublicKey user, String label) {
    s.out().println(label + ActivationWait.user(s, user).status().rustDisplay());
  }

  @Command(name = "create", hidden = true, description = "Create a new user")
  static final class Create extends CliCommand {
    @Option(
        names = "--device",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Device Pubkey or code to associate with the user")
    String device;

    @Option(
        names = "--client-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Client IP address in IPv4 format")
    Ipv4Address clientIp;

    @Option(
        names = {"-a", "--allocate-addr"},
        description = "Allocate a new address for the user")
    boolean allocateAddr;

    @Option(
        names = "--tenant",
        converter = PubkeyOrCodeConverter.class,
        description = "Tenant Pubkey or code (optional)")
    String tenant;

    @Option(
        names = {"-w", "--wait"},
        description = "Wait for the user to be activated")
    boolean await;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      LedgerView l = s.ledger();
      PublicKey devicePk = device(l, device);
      UserInstructions ui = new UserInstructions(s.connection().programId(), l, payer);
      AccessPass pass =
          ui.pass(clientIp, payer)
              .orElseThrow(
                  () ->
                      new CliException(
                          "No valid AccessPass found for IP: "
                              + clientIp
                              + " user_payer: "
                              + payer))
              .value();
      String tenantArg =
          tenant != null
              ? tenant
              : pass.tenantAllowlist().stream()
                  .findFirst()
                  .filter(t -> !t.equals(PublicKey.DEFAULT))
                  .map(PublicKey::toBase58)
                  .orElse(null);
      Optional<PublicKey> tenantPk =
          tenantArg == null
              ? Optional.empty()
              : Optional.of(
                  Validators.asPubkey(tenantArg)
                      .orElseGet(
                          () ->
                              l.all(Tenant.class).stream()
                                  .filter(k -> k.value().code().equalsIgnoreCase(tenantArg))
                                  .findFirst()
                                  .orElseThrow(() -> new CliException("Tenant not found"))
                                  .key()));
      UserInstructions.Sent sent =
          ui.createUser(
              allocateAddr ? UserType.IBRL_WITH_ALLOCATED_IP : UserType.IBRL,
              devicePk,
              clientIp,
              tenantPk);
      Sender.send(s, sent.instruction());
      if (await) {
        awaitUser(s, sent.account(), "Status: ");
      }
    }
  }

  @Command(
      name = "create-subscribe",
      hidden = true,
      description = "Create and subscribe a new user")
  static final class CreateSubscribe extends CliCommand {
    @Option(
        names = "--device",
        required = true,
        converter = PubkeyOrCodeConverter.class,
        description = "Device Pubkey or code to associate with the user")
    String device;

    @Option(
        names = "--client-ip",
        required = true,
        converter = Ipv4Converter.class,
        description = "Client IP address in IPv4 format")
    Ipv4Address clientIp;

    @Option(
        names = {"-a", "--allocate-addr"},
        description = "Allocate a new address for the user")
    boolean allocateAddr;

    @Option(names = "--publisher", description = "Multicast group publisher Pubkey or code")
    String publisher;

    @Option(names = "--subscriber", description = "Multicast group subscriber Pubkey or code")
    String subscriber;

    @Option(
        names = {"-w", "--wait"},
        description = "Wait for the user to be activated")
    boolean await;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      LedgerView l = s.ledger();
      PublicKey devicePk = device(l, device);
      Optional<PublicKey> pub = group(l, publisher, "MulticastGroup not found " + publisher);
      Optional<PublicKey> sub =
          group(l, subscriber, "MulticastGroup not found (" + subscriber + ")");
      PublicKey groupPk =
          pub.or(() -> sub)
              .orElseThrow(() -> new CliException("Subscriber is required if publisher is not"));
      UserInstructions.Sent sent =
          new UserInstructions(s.connection().programId(), l, payer)
              .createSubscribeUser(devicePk, clientIp, groupPk, pub.isPresent(), sub.isPresent());
      Sender.send(s, sent.instruction());
      if (await) {
        awaitUser(s, sent.account(), "Status: ");
      }
    }
  }

  @Command(name = "subscribe", hidden = true, description = "Subscribe an existing user")
  static final class Subscribe extends CliCommand {
    @Option(
        names = "--user",
        required = true,
        converter = PubkeyConverter.class,
        description = "User Pubkey to subscribe")
    PublicKey user;

    @Option(
        names = "--group",
        required = true,
        arity = "1..*",
        converter = PubkeyOrCodeConverter.class,
        description =
            "Multicast group Pubkey or code to subscribe to (can be specified multiple times)")
    List<String> groups;

    @Option(names = "--publisher", description = "Subscribe as a publisher")
    boolean publisher;

    @Option(names = "--subscriber", description = "Subscribe as a subscriber")
    boolean subscriber;

    @Option(
        names = {"-w", "--wait"},
        description = "Wait for the subscription to complete.")
    boolean await;

    @Override
    protected void execute(Session s) {
      PublicKey payer = s.signer().publicKey();
      Sender.checkBalance(s, s.signer());
      LedgerView l = s.ledger();
      UserInstructions.getUser(l, user);
      List<PublicKey> pks = new ArrayList<>();
      for (String g : groups) {
        pks.add(group(l, g, "MulticastGroup not found (" + g + ")").orElseThrow());
      }
      for (PublicKey g : pks) {
        UserInstructions ui = new UserInstructions(s.connection().programId(), s.ledger(), payer);
        String sig = Sender.sendQuietly(s, List.of(ui.subscribe(g, user, publisher, subscriber)));
        s.out().println("Subscribed to " + g + ": " + sig);
        s.out().flush();
      }
      if (await) {
        awaitUser(s, user, "User status: ");
        for (PublicKey g : pks) {
          MulticastGroup mg = ActivationWait.multicastGroup(s, g);
          s.out().println("Multicast group " + g + " status: " + mg.status().rustDisplay());
        }
      }
    }
  }
}
