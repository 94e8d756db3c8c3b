package doublezero.localnet.programs.serviceability.tenant;

import doublezero.localnet.ledger.Rent;
import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateTenant;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.Tenant;
import doublezero.sdk.serviceability.state.TenantBillingConfig;
import doublezero.sdk.serviceability.state.TenantPaymentStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.system.SystemProgram;
import java.util.List;

/// `CreateTenant` (#88, `PROC/tenant/create.rs`; `serviceability-instructions.md` §3.12). Accounts:
/// Tenant PDA(code) (W), GlobalState, VrfIds, payer (S), system program. Foundation only. Allocates
/// a vrf_id from VrfIds and pre-funds the tenant PDA with `rent(0) + contributor_airdrop_lamports`
/// before creating it (so it is created through allocate/assign and topped up to rent exemption).
public final class CreateTenantProcessor {
  private CreateTenantProcessor() {}

  /// Processes one `CreateTenant`.
  ///
  /// @throws ProgramException `InvalidAccountCode` (19) (checked first, before the account
  ///   asserts), panics for the account checks and for a code above 32 bytes (the PDA derivation),
  ///   `NotAllowed` (8), `AccountAlreadyInitialized`, `AllocationFailed` (63) when VrfIds is
  ///   exhausted
  public static void process(Invocation inv, CreateTenant args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount tenantAccount = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount vrfIds = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    if (!AccountCode.normalize(args.code()).isPresent()) {
      throw inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE);
    }
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.checkWritable(tenantAccount, "PDA");
    VrfIdsAccount.check(inv, vrfIds);
    GlobalState gs = inv.globalState(globalStateAccount);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ProgramDerivedAddress pda;
    try {
      pda = ServiceabilityPdas.tenant(inv.programId(), args.code());
    } catch (IllegalArgumentException e) {
      throw inv.panic("Unable to find a viable program address bump seed");
    }
    inv.check(tenantAccount.key().equals(pda.address()), "Invalid Tenant PubKey");
    if (tenantAccount.dataLength() > 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }
    int vrfId = ResourcePools.allocateId(inv, vrfIds);
    Tenant tenant =
        new Tenant(
            payer.key(),
            pda.bump(),
            args.code(),
            vrfId,
            0,
            List.of(args.administrator()),
            TenantPaymentStatus.DELINQUENT,
            args.tokenAccount().orElse(PublicKey.DEFAULT),
            args.metroRouting(),
            args.routeLiveness(),
            new TenantBillingConfig.FlatPerEpoch(0, 0));
    long deposit = saturatingAdd(Rent.minimumBalance(0), gs.contributorAirdropLamports());
    inv.ctx().invoke(SystemProgram.transfer(payer.key(), tenantAccount.key(), deposit));
    inv.create(tenant, tenantAccount, payer, pda.signerSeeds());
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return Long.compareUnsigned(sum, a) < 0 ? -1L : sum;
  }
}
