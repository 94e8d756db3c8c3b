package doublezero.localnet.programs;

import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateDevice;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.CreateContributor;
import doublezero.sdk.serviceability.instruction.CreateDevice;
import doublezero.sdk.serviceability.instruction.CreateExchange;
import doublezero.sdk.serviceability.instruction.CreateLocation;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeviceResourceAccounts;
import doublezero.sdk.serviceability.instruction.ExchangeGlobalConfigAccounts;
import doublezero.sdk.serviceability.instruction.LocationAccounts;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.instruction.UpdateDevice;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.DeviceType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.Keypair;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Builds a network through real serviceability instructions (the reference SDK's account layouts,
/// off-chain allocation mode): locations, exchanges, contributors, activated devices with a user
/// quota, access passes and users. Shared by the property test and the throughput benchmark.
public final class NetworkFixture {
  private final ProgramHarness h;

  /// @param h an initialised harness ([ProgramHarness#initialized])
  public NetworkFixture(ProgramHarness h) {
    this.h = h;
  }

  /// @return the PDA the next index-seeded create must use: GlobalState.account_index + 1
  public U128 nextIndex() {
    GlobalState gs = h.account(h.globalState(), GlobalState.class);
    return U128.ofUnsigned(gs.accountIndex().low() + 1);
  }

  /// Creates a location as the foundation.
  ///
  /// @return its address
  public PublicKey location(String code) {
    PublicKey pda = ServiceabilityPdas.location(h.programId, nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateLocation(code, code + " location", "US", 34.0, -118.0, 0)
            .toInstruction(
                h.programId, new LocationAccounts(pda, h.globalState(), h.foundation.publicKey())));
    return pda;
  }

  /// Creates an exchange as the foundation.
  ///
  /// @return its address
  public PublicKey exchange(String code) {
    PublicKey pda = ServiceabilityPdas.exchange(h.programId, nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateExchange(code, code + " exchange", 34.0, -118.0, 0)
            .toInstruction(
                h.programId,
                new ExchangeGlobalConfigAccounts(
                    pda, h.globalConfig(), h.globalState(), h.foundation.publicKey())));
    return pda;
  }

  /// Creates a contributor owned by `owner`, as the foundation.
  ///
  /// @return its address
  public PublicKey contributor(String code, PublicKey owner) {
    PublicKey pda = ServiceabilityPdas.contributor(h.programId, nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateContributor(code)
            .toInstruction(
                h.programId,
                new CreateContributor.Accounts(
                    pda, owner, h.globalState(), h.foundation.publicKey())));
    return pda;
  }

  /// Creates a device (legacy path), activates it as the activator and sets its user quota.
  ///
  /// @return its address
  public PublicKey activatedDevice(
      String code,
      PublicKey contributor,
      PublicKey location,
      PublicKey exchange,
      Ipv4Address publicIp,
      NetworkV4 dzPrefix,
      int maxUsers) {
    PublicKey pda = ServiceabilityPdas.device(h.programId, nextIndex()).address();
    h.ok(
        h.foundation,
        new CreateDevice(
                code,
                DeviceType.HYBRID,
                publicIp,
                List.of(dzPrefix),
                PublicKey.DEFAULT,
                "",
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
    h.ok(
        h.foundation,
        new ActivateDevice(2)
            .toInstruction(
                h.programId,
                new ActivateDevice.Accounts(
                    pda,
                    h.globalState(),
                    h.globalConfig(),
                    new DeviceResourceAccounts(
                        ServiceabilityPdas.tunnelIds(h.programId, pda, 0).address(),
                        List.of(ServiceabilityPdas.dzPrefixBlock(h.programId, pda, 0).address())),
                    h.foundation.publicKey())));
    h.ok(h.foundation, maxUsers(pda, contributor, location, maxUsers));
    return pda;
  }

  /// @return an UpdateDevice that only sets max_users (and max_unicast_users)
  public Instruction maxUsers(
      PublicKey device, PublicKey contributor, PublicKey location, int maxUsers) {
    Optional<Integer> none = Optional.empty();
    return new UpdateDevice(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(maxUsers),
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
            h.programId,
            new UpdateDevice.Accounts(
                device,
                contributor,
                location,
                location,
                h.globalState(),
                Optional.empty(),
                h.foundation.publicKey()));
  }

  /// @return the AccessPass PDA for `clientIp` and `userPayer`
  public PublicKey accessPassPda(Ipv4Address clientIp, PublicKey userPayer) {
    return ServiceabilityPdas.accessPass(h.programId, clientIp, userPayer).address();
  }

  /// @return a SetAccessPass (prepaid, valid for many epochs) for `userPayer` at `clientIp`, by the
  ///   foundation
  public Instruction accessPass(Ipv4Address clientIp, PublicKey userPayer) {
    return accessPass(clientIp, userPayer, h.foundation.publicKey());
  }

  /// @return the same SetAccessPass sent by `payer` (the program refuses anyone outside the
  ///   foundation)
  public Instruction accessPass(Ipv4Address clientIp, PublicKey userPayer, PublicKey payer) {
    return new SetAccessPass(new AccessPassType.Prepaid(), clientIp, 1_000_000, false)
        .toInstruction(
            h.programId,
            new SetAccessPass.Accounts(
                accessPassPda(clientIp, userPayer),
                h.globalState(),
                userPayer,
                Optional.empty(),
                payer));
  }

  /// @return the V2 user PDA of an IBRL user at `clientIp`
  public PublicKey userPda(Ipv4Address clientIp) {
    return ServiceabilityPdas.userV2(h.programId, clientIp, UserType.IBRL).address();
  }

  /// @return a CreateUser (IBRL, legacy path) paid by `payer`, who must hold the access pass
  public Instruction createUser(Keypair payer, PublicKey device, Ipv4Address clientIp) {
    return new CreateUser(
            UserType.IBRL, UserCyoa.GRE_OVER_DIA, clientIp, Ipv4Address.UNSPECIFIED, 0)
        .toInstruction(
            h.programId,
            new CreateUser.Accounts(
                userPda(clientIp),
                device,
                accessPassPda(clientIp, payer.publicKey()),
                h.globalState(),
                Optional.empty(),
                Optional.empty(),
                payer.publicKey()));
  }

  /// @return an ActivateUser by the activator with the given resources (off-chain allocation)
  public Instruction activateUser(
      PublicKey user,
      Ipv4Address clientIp,
      PublicKey userPayer,
      int tunnelId,
      NetworkV4 tunnelNet,
      Ipv4Address dzIp) {
    return new ActivateUser(tunnelId, tunnelNet, dzIp, 0, Ipv4Address.UNSPECIFIED)
        .toInstruction(
            h.programId,
            new ActivateUser.Accounts(
                user,
                accessPassPda(clientIp, userPayer),
                h.globalState(),
                Optional.empty(),
                h.foundation.publicKey()));
  }

  /// @return `count` distinct globally routable client IPs starting at 8.8.0.1
  public static List<Ipv4Address> clientIps(int count) {
    List<Ipv4Address> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new Ipv4Address(Ipv4Address.parse("8.8.0.1").value() + i));
    }
    return out;
  }
}
