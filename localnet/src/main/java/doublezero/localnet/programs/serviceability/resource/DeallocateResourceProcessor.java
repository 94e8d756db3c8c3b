package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.instruction.DeallocateResource;

/// `DeallocateResource` (#82, `PROC/resource/deallocate.rs`; `serviceability-instructions.md`
/// §3.11). Accounts as AllocateResource; the PDA is checked before the associated key here. Freeing
/// a value that is not allocated (or of the other kind) succeeds without change.
public final class DeallocateResourceProcessor {
  private DeallocateResourceProcessor() {}

  /// Processes one `DeallocateResource`.
  ///
  /// @throws ProgramException panics (signer, owners, writable, PDA, associated key, empty),
  ///   `NotAllowed` (8), `InvalidAccountType` (9)
  public static void process(Invocation inv, DeallocateResource args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount resource = accounts.next();
    BorrowedAccount associated = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.log("process_deallocate_resource(" + args + ")");
    ResourceAccountChecks.prologue(inv, resource, globalState, payer, system);
    ResourceAccountChecks.pda(inv, resource, args.resourceType());
    ResourceAccountChecks.associated(inv, associated, args.resourceType());
    ResourceAccountChecks.nonEmpty(inv, resource);
    ResourcePools.deallocate(inv, resource, args.value());
  }
}
