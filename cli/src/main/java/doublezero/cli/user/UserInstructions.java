package doublezero.cli.user;

import doublezero.cli.error.CliException;
import doublezero.cli.ledger.Keyed;
import doublezero.cli.ledger.LedgerView;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.instruction.CreateSubscribeUser;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.PublisherAllocationAccounts;
import doublezero.sdk.serviceability.instruction.RequestBanUser;
import doublezero.sdk.serviceability.instruction.SubscribeMulticastGroup;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.instruction.UserTeardownAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.Device;
import doublezero.sdk.serviceability.state.FeatureFlag;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.serviceability.state.ServiceabilityAccount;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserStatus;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.Optional;

/// Builds the user instructions exactly as the reference SDK does
/// (`smartcontract/sdk/rs/src/commands/user/*.rs`, `multicastgroup/subscribe.rs`): the same
/// pre-checks and their texts, the same access-pass lookup order, and the resource-extension
/// accounts only when GlobalState has the `OnChainAllocation` feature.
///
/// @param programId the serviceability program
/// @param ledger the account snapshot
/// @param payer the signer
public record UserInstructions(PublicKey programId, LedgerView ledger, PublicKey payer) {

  /// @return the GlobalState
  /// @throws CliException `Globalstate not initialized`
  public GlobalState globalState() {
    return ledger.globalState().orElseThrow(() -> new CliException("Globalstate not initialized"));
  }

  /// @return whether the program allocates resources on chain
  public boolean onchainAllocation() {
    return globalState().featureFlags().isSet(FeatureFlag.ON_CHAIN_ALLOCATION);
  }

  /// @param clientIp the first address to look at
  /// @param fallback the second one
  /// @param userPayer the pass's payer
  /// @return the pass at PDA(clientIp, payer), else at PDA(fallback, payer) (reference
  ///   `GetAccessPassCommand`)
  public Optional<Keyed<AccessPass>> accessPass(
      Ipv4Address clientIp, Ipv4Address fallback, PublicKey userPayer) {
    return pass(clientIp, userPayer).or(() -> pass(fallback, userPayer));
  }

  /// @param clientIp the address
  /// @param userPayer the payer
  /// @return the pass at PDA(clientIp, payer)
  public Optional<Keyed<AccessPass>> pass(Ipv4Address clientIp, PublicKey userPayer) {
    PublicKey pda = ServiceabilityPdas.accessPass(programId, clientIp, userPayer).address();
    return ledger.get(pda, AccessPass.class).map(p -> new Keyed<>(pda, p));
  }

  private UserResourceAccounts resources(PublicKey device) {
    Device d =
        ledger.get(device, Device.class).orElseThrow(() -> new CliException("Device not found"));
    return UserResourceAccounts.derive(programId, device, d.dzPrefixes().size(), true);
  }

  private PublicKey gs() {
    return ServiceabilityPdas.globalState(programId).address();
  }

  /// @param type IBRL or IBRLWithAllocatedIP
  /// @param device the device
  /// @param clientIp the client address
  /// @param tenant the tenant, when not the default key
  /// @return CreateUser (#36) and the new user's address
  public Sent createUser(
      UserType type, PublicKey device, Ipv4Address clientIp, Optional<PublicKey> tenant) {
    return createUser(type, device, clientIp, tenant, Ipv4Address.UNSPECIFIED);
  }

  /// @param type IBRL or IBRLWithAllocatedIP
  /// @param device the device
  /// @param clientIp the client address
  /// @param tenant the tenant, when not the default key
  /// @param endpoint the device-side tunnel endpoint (0.0.0.0: the device's public IP)
  /// @return CreateUser (#36) and the new user's address
  public Sent createUser(
      UserType type,
      PublicKey device,
      Ipv4Address clientIp,
      Optional<PublicKey> tenant,
      Ipv4Address endpoint) {
    boolean onchain = onchainAllocation();
    PublicKey pass =
        accessPass(clientIp, Ipv4Address.UNSPECIFIED, payer)
            .orElseThrow(() -> new CliException("You have no Access Pass"))
            .key();
    PublicKey user = ServiceabilityPdas.userV2(programId, clientIp, type).address();
    Optional<UserResourceAccounts> res =
        onchain ? Optional.of(resources(device)) : Optional.empty();
    int count = res.map(r -> r.dzPrefixBlocks().size()).orElse(0);
    Instruction ix =
        new CreateUser(type, UserCyoa.GRE_OVER_DIA, clientIp, endpoint, count)
            .toInstruction(
                programId,
                new CreateUser.Accounts(
                    user,
                    device,
                    pass,
                    gs(),
                    res,
                    tenant.filter(t -> !t.equals(PublicKey.DEFAULT)),
                    payer));
    return new Sent(ix, user);
  }

  /// @param device the device
  /// @param clientIp the client address
  /// @param group the multicast group
  /// @param publisher publish to it
  /// @param subscriber subscribe to it
  /// @return CreateSubscribeUser (#59) for a Multicast user and the new user's address
  /// @throws CliException `MulticastGroup not found`, `MulticastGroup not active`, `You have no
  ///   Access Pass`
  public Sent createSubscribeUser(
      PublicKey device,
      Ipv4Address clientIp,
      PublicKey group,
      boolean publisher,
      boolean subscriber) {
    return createSubscribeUser(
        device,
        clientIp,
        group,
        publisher,
        subscriber,
        UserCyoa.GRE_OVER_DIA,
        Ipv4Address.UNSPECIFIED);
  }

  /// @param device the device
  /// @param clientIp the client address
  /// @param group the first multicast group
  /// @param publisher publish to it
  /// @param subscriber subscribe to it
  /// @param cyoa the access mode (`connect` copies the IBRL user's)
  /// @param tunnelEndpoint the device endpoint chosen for the tunnel (0.0.0.0: the program picks)
  /// @return CreateSubscribeUser (#59) for a Multicast user and the new user's address
  /// @throws CliException `MulticastGroup not found`, `MulticastGroup not active`, `You have no
  ///   Access Pass`
  public Sent createSubscribeUser(
      PublicKey device,
      Ipv4Address clientIp,
      PublicKey group,
      boolean publisher,
      boolean subscriber,
      UserCyoa cyoa,
      Ipv4Address tunnelEndpoint) {
    boolean onchain = onchainAllocation();
    activeGroup(group);
    PublicKey pass =
        accessPass(clientIp, Ipv4Address.UNSPECIFIED, payer)
            .orElseThrow(() -> new CliException("You have no Access Pass"))
            .key();
    PublicKey user = ServiceabilityPdas.userV2(programId, clientIp, UserType.MULTICAST).address();
    Optional<UserResourceAccounts> res =
        onchain ? Optional.of(resources(device)) : Optional.empty();
    int count = res.map(r -> r.dzPrefixBlocks().size()).orElse(0);
    Instruction ix =
        new CreateSubscribeUser(
                UserType.MULTICAST, cyoa, clientIp, publisher, subscriber, tunnelEndpoint, count)
            .toInstruction(
                programId,
                new CreateSubscribeUser.Accounts(user, device, group, pass, gs(), res, payer));
    return new Sent(ix, user);
  }

  private void activeGroup(PublicKey group) {
    MulticastGroup g =
        ledger
            .get(group, MulticastGroup.class)
            .orElseThrow(() -> new CliException("MulticastGroup not found"));
    if (g.status() != MulticastGroupStatus.ACTIVATED) {
      throw new CliException("MulticastGroup not active");
    }
  }

  /// @param group the group
  /// @param userKey the user
  /// @param publisher publish (false with `subscriber` false = leave the group)
  /// @param subscriber subscribe
  /// @return SubscribeMulticastGroup (#58)
  /// @throws CliException with the reference pre-check texts
  public Instruction subscribe(
      PublicKey group, PublicKey userKey, boolean publisher, boolean subscriber) {
    boolean onchain = onchainAllocation();
    activeGroup(group);
    User u = ledger.get(userKey, User.class).orElseThrow(() -> new CliException("User not found"));
    if (u.status() != UserStatus.ACTIVATED) {
      throw new CliException("User not active");
    }
    Keyed<AccessPass> pass =
        accessPass(Ipv4Address.UNSPECIFIED, u.clientIp(), u.owner())
            .orElseThrow(() -> new CliException("AccessPass not found"));
    if (publisher && !pass.value().mgroupPubAllowlist().contains(group)) {
      throw new CliException("User not allowed to publish multicast group");
    }
    if (subscriber && !pass.value().mgroupSubAllowlist().contains(group)) {
      throw new CliException("User not allowed to subscribe multicast group");
    }
    return new SubscribeMulticastGroup(u.clientIp(), publisher, subscriber, onchain)
        .toInstruction(
            programId,
            new SubscribeMulticastGroup.Accounts(
                group,
                pass.key(),
                userKey,
                onchain
                    ? Optional.of(PublisherAllocationAccounts.derive(programId))
                    : Optional.empty(),
                payer));
  }

  /// @param userKey the user
  /// @return DeleteUser (#42)
  public Instruction delete(PublicKey userKey) {
    boolean onchain = onchainAllocation();
    User u = user(userKey);
    PublicKey pass =
        accessPass(Ipv4Address.UNSPECIFIED, u.clientIp(), u.owner())
            .orElseThrow(() -> new CliException("You have no Access Pass"))
            .key();
    Optional<UserTeardownAccounts> teardown =
        onchain
            ? Optional.of(
                new UserTeardownAccounts(
                    u.devicePk(),
                    resources(u.devicePk()),
                    Optional.of(u.tenantPk()).filter(t -> !t.equals(PublicKey.DEFAULT)),
                    u.owner()))
            : Optional.empty();
    int count = teardown.map(t -> t.resources().dzPrefixBlocks().size()).orElse(0);
    return new DeleteUser(count, onchain ? 1 : 0)
        .toInstruction(programId, new DeleteUser.Accounts(userKey, pass, gs(), teardown, payer));
  }

  /// @param userKey the user
  /// @return RequestBanUser (#44)
  public Instruction requestBan(PublicKey userKey) {
    boolean onchain = onchainAllocation();
    User u = user(userKey);
    Optional<UserResourceAccounts> res =
        onchain ? Optional.of(resources(u.devicePk())) : Optional.empty();
    int count = res.map(r -> r.dzPrefixBlocks().size()).orElse(0);
    return new RequestBanUser(count, onchain ? 1 : 0)
        .toInstruction(programId, new RequestBanUser.Accounts(userKey, gs(), res, payer));
  }

  /// @param userKey a user address
  /// @return the user
  /// @throws CliException `User not found (<key>)`
  public User user(PublicKey userKey) {
    return ledger
        .get(userKey, User.class)
        .orElseThrow(() -> new CliException("User not found (" + userKey + ")"));
  }

  /// The reference `GetUserCommand`: the account must exist and be a user.
  ///
  /// @param l the snapshot
  /// @param key an address
  /// @return the user
  /// @throws CliException `AccountNotFound: pubkey=<key>` or `Invalid Account Type`
  public static User getUser(LedgerView l, PublicKey key) {
    return l.get(key, User.class)
        .orElseThrow(
            () ->
                new CliException(
                    l.get(key, ServiceabilityAccount.class).isPresent()
                        ? "Invalid Account Type"
                        : "AccountNotFound: pubkey=" + key));
  }

  /// An instruction and the account it creates.
  ///
  /// @param instruction the instruction
  /// @param account the new account's address
  public record Sent(Instruction instruction, PublicKey account) {}
}
