package doublezero.localnet.programs.serviceability.user;

import doublezero.localnet.programs.ProgramHarness;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.serviceability.instruction.ActivateUser;
import doublezero.sdk.serviceability.instruction.BanUser;
import doublezero.sdk.serviceability.instruction.CloseAccountUser;
import doublezero.sdk.serviceability.instruction.CreateReservedSubscribeUser;
import doublezero.sdk.serviceability.instruction.CreateSubscribeUser;
import doublezero.sdk.serviceability.instruction.CreateUser;
import doublezero.sdk.serviceability.instruction.DeleteReservedSubscribeUser;
import doublezero.sdk.serviceability.instruction.DeleteUser;
import doublezero.sdk.serviceability.instruction.RejectUser;
import doublezero.sdk.serviceability.instruction.RequestBanUser;
import doublezero.sdk.serviceability.instruction.UpdateUser;
import doublezero.sdk.serviceability.instruction.UserAccounts;
import doublezero.sdk.serviceability.instruction.UserResourceAccounts;
import doublezero.sdk.serviceability.instruction.UserTeardownAccounts;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.User;
import doublezero.sdk.serviceability.state.UserCyoa;
import doublezero.sdk.serviceability.state.UserType;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// SDK-built user instructions with the account layouts the reference SDK sends (`SDK/user/*`).
final class UserIx {
  private final ProgramHarness h;

  UserIx(ProgramHarness h) {
    this.h = h;
  }

  PublicKey userPda(Ipv4Address ip, UserType type) {
    return ServiceabilityPdas.userV2(h.programId, ip, type).address();
  }

  PublicKey passPda(Ipv4Address ip, PublicKey payer) {
    return ServiceabilityPdas.accessPass(h.programId, ip, payer).address();
  }

  Optional<UserResourceAccounts> pools(PublicKey device, int n, boolean publisherBlock) {
    return n == 0
        ? Optional.empty()
        : Optional.of(UserResourceAccounts.derive(h.programId, device, n, publisherBlock));
  }

  Instruction create(
      PublicKey payer,
      PublicKey user,
      PublicKey device,
      PublicKey pass,
      Ipv4Address ip,
      UserType type,
      int n,
      Optional<PublicKey> tenant) {
    return new CreateUser(type, UserCyoa.GRE_OVER_DIA, ip, Ipv4Address.UNSPECIFIED, n)
        .toInstruction(
            h.programId,
            new CreateUser.Accounts(
                user, device, pass, h.globalState(), pools(device, n, true), tenant, payer));
  }

  Instruction create(PublicKey payer, PublicKey device, Ipv4Address ip, UserType type) {
    return create(
        payer, userPda(ip, type), device, passPda(ip, payer), ip, type, 0, Optional.empty());
  }

  Instruction createSubscribe(
      PublicKey payer,
      PublicKey device,
      PublicKey group,
      Ipv4Address ip,
      boolean pub,
      boolean sub,
      int n) {
    return new CreateSubscribeUser(
            UserType.MULTICAST, UserCyoa.GRE_OVER_DIA, ip, pub, sub, Ipv4Address.UNSPECIFIED, n)
        .toInstruction(
            h.programId,
            new CreateSubscribeUser.Accounts(
                userPda(ip, UserType.MULTICAST),
                device,
                group,
                passPda(ip, payer),
                h.globalState(),
                pools(device, n, true),
                payer));
  }

  Instruction activateLegacy(
      PublicKey payer, PublicKey user, PublicKey pass, int tunnelId, String net, String dzIp) {
    return new ActivateUser(
            tunnelId, NetworkV4.parse(net), Ipv4Address.parse(dzIp), 0, Ipv4Address.UNSPECIFIED)
        .toInstruction(
            h.programId,
            new ActivateUser.Accounts(user, pass, h.globalState(), Optional.empty(), payer));
  }

  Instruction activateLegacy(PublicKey payer, PublicKey user, PublicKey pass) {
    return activateLegacy(payer, user, pass, 500, "169.254.0.0/31", "200.0.0.1");
  }

  Instruction activateOnChain(
      PublicKey payer, PublicKey user, PublicKey pass, PublicKey device, int n) {
    return new ActivateUser(
            0, NetworkV4.DEFAULT, Ipv4Address.UNSPECIFIED, n, Ipv4Address.UNSPECIFIED)
        .toInstruction(
            h.programId,
            new ActivateUser.Accounts(user, pass, h.globalState(), pools(device, n, true), payer));
  }

  Instruction reject(PublicKey payer, PublicKey user) {
    return new RejectUser("no capacity")
        .toInstruction(h.programId, new UserAccounts(user, h.globalState(), payer));
  }

  Instruction update(PublicKey payer, PublicKey user, UpdateUser args) {
    return args.toInstruction(
        h.programId,
        new UpdateUser.Accounts(user, h.globalState(), Optional.empty(), Optional.empty(), payer));
  }

  Instruction delete(PublicKey payer, PublicKey user, PublicKey pass) {
    return new DeleteUser(0, 0)
        .toInstruction(
            h.programId,
            new DeleteUser.Accounts(user, pass, h.globalState(), Optional.empty(), payer));
  }

  Instruction deleteAtomic(PublicKey payer, PublicKey user, PublicKey pass, User u, int n) {
    Optional<PublicKey> tenant =
        u.tenantPk().equals(PublicKey.DEFAULT) ? Optional.empty() : Optional.of(u.tenantPk());
    return new DeleteUser(n, 1)
        .toInstruction(
            h.programId,
            new DeleteUser.Accounts(
                user,
                pass,
                h.globalState(),
                Optional.of(
                    new UserTeardownAccounts(
                        u.devicePk(),
                        UserResourceAccounts.derive(h.programId, u.devicePk(), n, true),
                        tenant,
                        u.owner())),
                payer));
  }

  Instruction close(PublicKey payer, PublicKey user, User u, int n) {
    Optional<PublicKey> tenant =
        u.tenantPk().equals(PublicKey.DEFAULT) ? Optional.empty() : Optional.of(u.tenantPk());
    return new CloseAccountUser(n, n > 0 ? 1 : 0)
        .toInstruction(
            h.programId,
            new CloseAccountUser.Accounts(
                user,
                u.owner(),
                u.devicePk(),
                h.globalState(),
                pools(u.devicePk(), n, true),
                tenant,
                payer));
  }

  Instruction requestBan(PublicKey payer, PublicKey user, PublicKey device, int n) {
    return new RequestBanUser(n, n > 0 ? 1 : 0)
        .toInstruction(
            h.programId,
            new RequestBanUser.Accounts(user, h.globalState(), pools(device, n, true), payer));
  }

  Instruction ban(PublicKey payer, PublicKey user) {
    return new BanUser().toInstruction(h.programId, new UserAccounts(user, h.globalState(), payer));
  }

  Instruction createReserved(
      PublicKey payer,
      PublicKey device,
      PublicKey group,
      PublicKey reservation,
      Ipv4Address ip,
      UserType type,
      int n) {
    return new CreateReservedSubscribeUser(
            type, UserCyoa.GRE_OVER_DIA, ip, Ipv4Address.UNSPECIFIED, n)
        .toInstruction(
            h.programId,
            new CreateReservedSubscribeUser.Accounts(
                userPda(ip, type),
                device,
                group,
                reservation,
                h.globalState(),
                pools(device, n, true),
                payer));
  }

  Instruction deleteReserved(
      PublicKey payer, PublicKey user, PublicKey device, PublicKey group, PublicKey owner, int n) {
    return new DeleteReservedSubscribeUser(n, n > 0 ? 1 : 0)
        .toInstruction(
            h.programId,
            new DeleteReservedSubscribeUser.Accounts(
                user, device, group, h.globalState(), pools(device, n, true), owner, payer));
  }

  /// @return `ix` with `account`'s meta no longer signing (the missing-signer case)
  static Instruction unsigned(Instruction ix, PublicKey account) {
    List<AccountMeta> metas = new ArrayList<>();
    for (AccountMeta m : ix.accounts()) {
      metas.add(
          m.publicKey().equals(account)
              ? new AccountMeta(m.publicKey(), false, m.isWritable())
              : m);
    }
    return new Instruction(ix.programId(), metas, ix.data());
  }

  /// @return `ix` with the account at `index` replaced by `replacement` (writable)
  static Instruction replace(Instruction ix, int index, PublicKey replacement) {
    List<AccountMeta> metas = new ArrayList<>(ix.accounts());
    metas.set(index, new AccountMeta(replacement, false, true));
    return new Instruction(ix.programId(), metas, ix.data());
  }
}
