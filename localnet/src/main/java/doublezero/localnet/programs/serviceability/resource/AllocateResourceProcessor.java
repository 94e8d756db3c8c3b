package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.AllocateResource;

/// `AllocateResource` (#80, `PROC/resource/allocate.rs`; `serviceability-instructions.md` §3.11).
/// Accounts: resource (W), associated account, GlobalState, payer (S), system program. Foundation
/// only. Allocates the requested id/block, or the lowest free unit.
public final class AllocateResourceProcessor {
  private AllocateResourceProcessor() {}

  /// Processes one `AllocateResource`.
  ///
  /// @throws ProgramException panics (signer, owners, writable, associated key, PDA, empty),
  ///   `NotAllowed` (8), `InvalidAccountType` (9), `AllocationFailed` (63), `InvalidArgument` (65)
  ///   for an Ip/Id mismatch
  public static void process(Invocation inv, AllocateResource args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount resource = accounts.next();
    BorrowedAccount associated = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.log("process_allocate_resource(" + args + ")");
    ResourceAccountChecks.prologue(inv, resource, globalState, payer, system);
    ResourceAccountChecks.associated(inv, associated, args.resourceType());
    ResourceAccountChecks.pda(inv, resource, args.resourceType());
    ResourceAccountChecks.nonEmpty(inv, resource);
    if (args.requested().isPresent()) {
      ResourcePools.allocateSpecific(inv, resource, args.requested().get());
    } else {
      ResourcePools.allocateOne(inv, resource);
    }
  }
}
