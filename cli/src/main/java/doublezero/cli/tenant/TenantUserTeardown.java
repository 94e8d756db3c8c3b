package doublezero.cli.tenant;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.session.Sender;
import doublezero.cli.session.Session;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.instruction.UserTeardownAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.solana.key.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/// Deletes one user of a tenant for `tenant delete --allow-delete-users`, building DeleteUser (#42)
/// as the reference SDK's `DeleteUserCommand` does
/// (`smartcontract/sdk/rs/src/commands/user/delete.rs`): `[user, access pass (at PDA(0.0.0.0,
/// owner), else PDA(client_ip, owner)), globalstate]`, plus, when the `onchain-allocation` feature
/// flag is on, `[device, user_tunnel_block, multicast_publisher_block, tunnel_ids(device, 0),
/// dz_prefix_block(device, i)…, tenant, owner]` with `dz_prefix_count = len(device.dz_prefixes)`
/// and `multicast_publisher_count = 1`. Project deviation: a user that still publishes or
/// subscribes to a multicast group is refused (the reference first unsubscribes it and waits for
/// the activator); unsubscribe it with `doublezero user delete`.
final class TenantUserTeardown {
  private TenantUserTeardown() {}

  /// @param s the session
  /// @param u the user
  /// @throws CliException `You have no Access Pass`, `Device not found`, or the multicast refusal
  static void delete(Session s, Keyed<User> u) {
    User user = u.value();
    if (!user.publishers().isEmpty() || !user.subscribers().isEmpty()) {
      throw new CliException(
          "User "
              + u.key()
              + " is subscribed to multicast groups; delete it with "
              + "`doublezero user delete --pubkey "
              + u.key()
              + "` first");
    }
    PublicKey program = s.connection().programId();
    GlobalState gs =
        s.ledger().globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
    PublicKey pass = accessPass(s, user);
    Optional<UserTeardownAccounts> teardown = Optional.empty();
    int prefixCount = 0;
    int publisherCount = 0;
    if (gs.isFeatureEnabled(FeatureFlag.ON_CHAIN_ALLOCATION)) {
      Device d =
          s.ledger()
              .get(user.devicePk(), Device.class)
              .orElseThrow(() -> new CliException("Device not found"));
      prefixCount = d.dzPrefixes().size();
      publisherCount = 1;
      List<PublicKey> prefixes = new ArrayList<>();
      IntStream.range(0, prefixCount)
          .forEach(
              i ->
                  prefixes.add(
                      ServiceabilityPdas.dzPrefixBlock(program, user.devicePk(), i).address()));
      teardown =
          Optional.of(
              new UserTeardownAccounts(
                  user.devicePk(),
                  new UserResourceAccounts(
                      ServiceabilityPdas.userTunnelBlock(program).address(),
                      Optional.of(ServiceabilityPdas.multicastPublisherBlock(program).address()),
                      ServiceabilityPdas.tunnelIds(program, user.devicePk(), 0).address(),
                      prefixes),
                  user.tenantPk().equals(PublicKey.DEFAULT)
                      ? Optional.empty()
                      : Optional.of(user.tenantPk()),
                  user.owner()));
    }
    Sender.sendQuietly(
        s,
        List.of(
            new DeleteUser(prefixCount, publisherCount)
                .toInstruction(
                    program,
                    new DeleteUser.Accounts(
                        u.key(),
                        pass,
                        ServiceabilityPdas.globalState(program).address(),
                        teardown,
                        s.signer().publicKey()))));
  }

  private static PublicKey accessPass(Session s, User user) {
    PublicKey program = s.connection().programId();
    PublicKey dynamic =
        ServiceabilityPdas.accessPass(program, Ipv4Address.parse("0.0.0.0"), user.owner())
            .address();
    if (s.ledger().get(dynamic, AccessPass.class).isPresent()) {
      return dynamic;
    }
    PublicKey fixed =
        ServiceabilityPdas.accessPass(program, user.clientIp(), user.owner()).address();
    if (s.ledger().get(fixed, AccessPass.class).isPresent()) {
      return fixed;
    }
    throw new CliException("You have no Access Pass");
  }
}
