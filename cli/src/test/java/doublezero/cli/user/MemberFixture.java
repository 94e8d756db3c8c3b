package doublezero.cli.user;

import doublezero.cli.LocalCliNetwork;
import doublezero.cli.contributor.ContributorInstructions;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.ActivateMulticastGroup;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.MulticastGroupWithBlockAccounts;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccountType;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.Exchange;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Location;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.List;
import java.util.Optional;

/// Builds what users need on a [LocalCliNetwork] with real instructions, playing the activator as
/// the admin: a contributor, an Activated device with a user quota (CreateDevice, ActivateDevice,
/// UpdateDevice max_users), and activation of users and multicast groups the CLI created.
public final class MemberFixture {
  static final PublicKey PROGRAM = LocalCliNetwork.PROGRAM;
  private final LocalCliNetwork n;

  /// @param n the network
  public MemberFixture(LocalCliNetwork n) {
    this.n = n;
  }

  private PublicKey gs() {
    return ServiceabilityPdas.globalState(PROGRAM).address();
  }

  private GlobalState globalState() {
    return n.client.globalState().orElseThrow();
  }

  private U128 next() {
    return globalState().accountIndex().increment();
  }

  /// @param code contributor code
  /// @return the contributor, created by the admin
  public PublicKey contributor(String code) {
    PublicKey pda = ServiceabilityPdas.contributor(PROGRAM, next()).address();
    n.asAdmin(
        ContributorInstructions.create(
            PROGRAM, globalState(), code, n.admin().publicKey(), n.admin().publicKey()));
    return pda;
  }

  /// Creates a hybrid device at `lax`/`xlax`, activates it and sets max_users.
  ///
  /// @param code device code
  /// @param contributor its contributor
  /// @param publicIp its public address
  /// @param prefix its one dz_prefix
  /// @return the device
  public PublicKey activatedDevice(
      String code, PublicKey contributor, String publicIp, String prefix) {
    PublicKey loc =
        n.client.getAll(AccountType.LOCATION, Location.class).stream()
            .filter(d -> d.state().code().equals("lax"))
            .findFirst()
            .orElseThrow()
            .address();
    PublicKey ex =
        n.client.getAll(AccountType.EXCHANGE, Exchange.class).stream()
            .filter(d -> d.state().code().equals("xlax"))
            .findFirst()
            .orElseThrow()
            .address();
    PublicKey admin = n.admin().publicKey();
    PublicKey pda = ServiceabilityPdas.device(PROGRAM, next()).address();
    n.asAdmin(
        new CreateDevice(
                code,
                DeviceType.HYBRID,
                Ipv4Address.parse(publicIp),
                List.of(NetworkV4.parse(prefix)),
                admin,
                "default",
                Optional.empty(),
                0)
            .toInstruction(
                PROGRAM,
                new CreateDevice.Accounts(
                    pda, contributor, loc, ex, gs(), Optional.empty(), admin)));
    n.asAdmin(
        new ActivateDevice(2)
            .toInstruction(
                PROGRAM,
                new ActivateDevice.Accounts(
                    pda,
                    gs(),
                    ServiceabilityPdas.globalConfig(PROGRAM).address(),
                    DeviceResourceAccounts.derive(PROGRAM, pda, 1),
                    admin)));
    Optional<Integer> none = Optional.empty();
    n.asAdmin(
        new UpdateDevice(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(64),
                none,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                none,
                none,
                none,
                none,
                none,
                none)
            .toInstruction(
                PROGRAM,
                new UpdateDevice.Accounts(
                    pda, contributor, loc, loc, gs(), Optional.empty(), admin)));
    return pda;
  }

  /// Activates a Pending user as the activator would (off-chain allocation).
  ///
  /// @param user the user
  /// @param tunnelId its tunnel id
  /// @param tunnelNet its tunnel /31
  /// @param dzIp its DoubleZero address
  public void activateUser(PublicKey user, int tunnelId, String tunnelNet, String dzIp) {
    User u = n.client.get(user, User.class).orElseThrow().state();
    PublicKey pass = ServiceabilityPdas.accessPass(PROGRAM, u.clientIp(), u.owner()).address();
    if (n.client.get(pass).isEmpty()) {
      pass = ServiceabilityPdas.accessPass(PROGRAM, Ipv4Address.UNSPECIFIED, u.owner()).address();
    }
    n.asAdmin(
        new ActivateUser(
                tunnelId,
                NetworkV4.parse(tunnelNet),
                Ipv4Address.parse(dzIp),
                0,
                Ipv4Address.UNSPECIFIED)
            .toInstruction(
                PROGRAM,
                new ActivateUser.Accounts(
                    user, pass, gs(), Optional.empty(), n.admin().publicKey())));
  }

  /// @param group a Pending multicast group
  /// @param multicastIp the address the activator gives it
  public void activateGroup(PublicKey group, String multicastIp) {
    n.asAdmin(
        new ActivateMulticastGroup(Ipv4Address.parse(multicastIp))
            .toInstruction(
                PROGRAM,
                new MulticastGroupWithBlockAccounts(
                    group, gs(), Optional.empty(), n.admin().publicKey())));
  }

  /// @param code a multicast group code
  /// @return its address
  public PublicKey group(String code) {
    return n.client.getAll(AccountType.MULTICAST_GROUP, MulticastGroup.class).stream()
        .filter(d -> d.state().code().equals(code))
        .findFirst()
        .orElseThrow()
        .address();
  }
}
