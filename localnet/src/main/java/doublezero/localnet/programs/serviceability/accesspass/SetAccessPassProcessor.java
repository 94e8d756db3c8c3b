package doublezero.localnet.programs.serviceability.accesspass;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.SetAccessPass;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.AccessPass;
import doublezero.sdk.serviceability.state.AccessPassStatus;
import doublezero.sdk.serviceability.state.AccessPassType;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;

/// `SetAccessPass` (#67, `PROC/accesspass/set.rs`; `serviceability-instructions.md` §3.10, §7).
/// Accounts: AccessPass PDA(client_ip, user_payer) (W), GlobalState, user_payer (W),
/// [tenant_remove, tenant_add only when the instruction has at least 7 accounts], payer (S), system
/// program. Sentinel, reservation authority or foundation. Creates a system-owned pass (Requested)
/// or updates type, epoch and flags of an existing one, moves the tenant reference counts, then
/// airdrops `rent(720) + user_airdrop_lamports - balance` to user_payer.
public final class SetAccessPassProcessor {
  /// `AIRDROP_USER_RENT_LAMPORTS_BYTES`: rent for three 240-byte User accounts.
  static final int AIRDROP_USER_RENT_BYTES = 720;

  private SetAccessPassProcessor() {}

  /// Processes one `SetAccessPass`.
  ///
  /// @throws ProgramException panics (signer, owners, system program, writable, PDA, tenant
  ///   accounts), `NotAllowed` (8), `InvalidSolanaPubkey` (23), `InvalidLastAccessEpoch` (21),
  ///   `Unauthorized` (22) when the payer administers not the added tenant, `InvalidAccountData`
  public static void process(Invocation inv, SetAccessPass args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount passAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount userPayer = accounts.next();
    BorrowedAccount tenantRemove = null;
    BorrowedAccount tenantAdd = null;
    if (inv.accountCount() >= 7) {
      tenantRemove = accounts.next();
      tenantAdd = accounts.next();
    }
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.log("process_set_accesspass(" + args + ")");
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(passAccount, "PDA");
    ProgramDerivedAddress pda =
        ServiceabilityPdas.accessPass(inv.programId(), args.clientIp(), userPayer.key());
    inv.check(passAccount.key().equals(pda.address()), "Invalid AccessPass PubKey");
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.sentinelAuthorityPk().equals(payer.key())
        && !gs.reservationAuthorityPk().equals(payer.key())
        && !gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    if (args.accesspassType() instanceof AccessPassType.SolanaValidator v
        && v.nodeId().equals(PublicKey.DEFAULT)) {
      inv.log("Solana validator access pass type requires a validator pubkey");
      throw inv.error(ServiceabilityError.INVALID_SOLANA_PUBKEY);
    }
    long epoch = inv.ctx().epoch();
    if (args.lastAccessEpoch() != 0 && Long.compareUnsigned(args.lastAccessEpoch(), epoch) < 0) {
      throw inv.error(ServiceabilityError.INVALID_LAST_ACCESS_EPOCH);
    }
    int flags =
        (args.clientIp().equals(Ipv4Address.UNSPECIFIED) ? AccessPass.FLAG_IS_DYNAMIC : 0)
            | (args.allowMultipleIp() ? AccessPass.FLAG_ALLOW_MULTIPLE_IP : 0);

    if (passAccount.owner().equals(SystemProgram.PROGRAM_ID)) {
      List<PublicKey> tenants = tenantAdd == null ? List.of() : List.of(tenantAdd.key());
      AccessPass pass = fresh(args, pda.bump(), userPayer.key(), payer.key(), flags, tenants);
      inv.create(pass, passAccount, payer, pda.signerSeeds());
    } else {
      inv.write(
          updated(
              inv,
              args,
              gs,
              passAccount,
              payer,
              pda.bump(),
              userPayer.key(),
              flags,
              tenantRemove,
              tenantAdd),
          passAccount,
          payer);
    }
    TenantReferences.release(inv, tenantRemove, payer);
    TenantReferences.acquire(inv, tenantAdd, payer);

    long deposit =
        saturatingSub(
            saturatingAdd(Rent.minimumBalance(AIRDROP_USER_RENT_BYTES), gs.userAirdropLamports()),
            userPayer.lamports());
    inv.log("Airdropping " + Long.toUnsignedString(deposit) + " lamports to user account");
    inv.ctx().invoke(SystemProgram.transfer(payer.key(), userPayer.key(), deposit));
  }

  private static AccessPass fresh(
      SetAccessPass args,
      int bump,
      PublicKey userPayer,
      PublicKey owner,
      int flags,
      List<PublicKey> tenants) {
    return new AccessPass(
        owner,
        bump,
        args.accesspassType(),
        args.clientIp(),
        userPayer,
        args.lastAccessEpoch(),
        0,
        AccessPassStatus.REQUESTED,
        List.of(),
        List.of(),
        flags,
        tenants);
  }

  private static AccessPass updated(
      Invocation inv,
      SetAccessPass args,
      GlobalState gs,
      BorrowedAccount passAccount,
      BorrowedAccount payer,
      int bump,
      PublicKey userPayer,
      int flags,
      BorrowedAccount tenantRemove,
      BorrowedAccount tenantAdd)
      throws ProgramException {
    AccessPassDraft d;
    if (passAccount.dataLength() > 0) {
      inv.checkOwnedByProgram(passAccount, "PDA");
      AccessPass existing = inv.read(passAccount, AccessPass.class);
      if (gs.reservationAuthorityPk().equals(payer.key())
          && !existing.owner().equals(payer.key())) {
        inv.log("Reservation authority can only update access passes they own");
        throw inv.error(ServiceabilityError.NOT_ALLOWED);
      }
      d = new AccessPassDraft(existing);
    } else {
      d = new AccessPassDraft(fresh(args, bump, userPayer, payer.key(), flags, List.of()));
    }
    d.type = args.accesspassType();
    d.lastAccessEpoch = args.lastAccessEpoch();
    d.flags = flags;
    if (tenantRemove != null) {
      d.tenantAllowlist.removeIf(k -> k.equals(tenantRemove.key()));
    }
    if (tenantAdd != null
        && !tenantAdd.key().equals(PublicKey.DEFAULT)
        && !d.tenantAllowlist.contains(tenantAdd.key())) {
      d.tenantAllowlist.add(tenantAdd.key());
    }
    return d.build();
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return Long.compareUnsigned(sum, a) < 0 ? -1L : sum;
  }

  private static long saturatingSub(long a, long b) {
    return Long.compareUnsigned(a, b) < 0 ? 0 : a - b;
  }
}
