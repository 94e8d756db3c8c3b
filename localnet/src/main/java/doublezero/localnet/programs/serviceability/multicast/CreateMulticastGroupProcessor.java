package doublezero.localnet.programs.serviceability.multicast;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.AccountCode;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.programs.serviceability.global.GlobalStateDraft;
import doublezero.localnet.programs.serviceability.resource.ResourcePools;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.BuiltinError;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.borsh.U128;
import doublezero.sdk.net.Ipv4Address;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateMulticastGroup;
import doublezero.sdk.serviceability.pda.ServiceabilityPdas;
import doublezero.sdk.serviceability.state.GlobalState;
import doublezero.sdk.serviceability.state.MulticastGroup;
import doublezero.sdk.serviceability.state.MulticastGroupStatus;
import doublezero.sdk.solana.key.ProgramDerivedAddress;
import doublezero.sdk.solana.key.PublicKey;

/// `CreateMulticastGroup` (#46, `PROC/multicastgroup/create.rs`; `serviceability-instructions.md`
/// §3.9, §0.6). Foundation only; the owner comes from the arguments. Creates the group at
/// PDA(`"multicast"`, account_index + 1) as Pending with 0.0.0.0, or, with
/// `use_onchain_allocation`, takes a /32 from MulticastGroupBlock and creates it Activated.
/// GlobalState's account_index is written back incremented.
///
/// Accounts: group PDA (W), GlobalState, [MulticastGroupBlock iff `use_onchain_allocation`], payer
/// (S), system.
public final class CreateMulticastGroupProcessor {
  private CreateMulticastGroupProcessor() {}

  /// Processes one `CreateMulticastGroup`.
  ///
  /// @throws ProgramException `InvalidAccountCode` (19), a panic for a wrong PDA (checked before
  ///   authority), `NotAllowed` (8), `AccountAlreadyInitialized`, `FeatureNotEnabled` (84),
  ///   `AllocationFailed` (63), validation errors (50, 34)
  public static void process(Invocation inv, CreateMulticastGroup args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount group = accounts.next();
    BorrowedAccount globalStateAccount = accounts.next();
    BorrowedAccount block = args.useOnchainAllocation() ? accounts.next() : null;
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();

    inv.checkSigner(payer);
    String code =
        AccountCode.normalize(args.code())
            .orElseThrow(() -> inv.error(ServiceabilityError.INVALID_ACCOUNT_CODE));
    inv.checkOwnedByProgram(globalStateAccount, "GlobalState");
    inv.checkSystemProgram(system);
    inv.check(group.isWritable(), "PDA Account is not writable");

    GlobalState gs = inv.globalState(globalStateAccount);
    U128 index = gs.accountIndex().increment();
    ProgramDerivedAddress pda = ServiceabilityPdas.multicastGroup(inv.programId(), index);
    inv.check(group.key().equals(pda.address()), "Invalid MulticastGroup Pubkey");
    GroupChecks.requireFoundation(inv, gs, payer);
    if (group.dataLength() != 0) {
      throw ProgramException.of(BuiltinError.AccountAlreadyInitialized);
    }

    MulticastGroup mg =
        new MulticastGroup(
            args.owner(),
            index,
            pda.bump(),
            PublicKey.DEFAULT,
            Ipv4Address.UNSPECIFIED,
            args.maxBandwidth(),
            MulticastGroupStatus.PENDING,
            code,
            0,
            0);
    if (block != null) {
      GroupChecks.requireOnChainAllocation(inv, gs);
      GroupChecks.validateGroupBlock(inv, block);
      GroupDraft d = new GroupDraft(mg);
      d.multicastIp = ResourcePools.allocateIp(inv, block, 1).ip();
      d.status = MulticastGroupStatus.ACTIVATED;
      mg = d.build();
    }
    inv.create(mg, group, payer, pda.signerSeeds());
    inv.write(GlobalStateDraft.withAccountIndex(gs, index), globalStateAccount, payer);
  }
}
