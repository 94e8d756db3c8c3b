package doublezero.localnet.programs.serviceability.resource;

import doublezero.localnet.programs.accounts.AccountCursor;
import doublezero.localnet.programs.serviceability.Invocation;
import doublezero.localnet.runtime.BorrowedAccount;
import doublezero.localnet.runtime.ProgramException;
import doublezero.sdk.serviceability.error.ServiceabilityError;
import doublezero.sdk.serviceability.instruction.CreateResource;
import doublezero.sdk.serviceability.state.GlobalState;

/// `CreateResource` (#81, `PROC/resource/create.rs`; `serviceability-instructions.md` §3.11, §6.3).
/// Accounts: resource (must be empty), associated account (the device for per-device pools),
/// GlobalState, GlobalConfig, payer (S), system program. Foundation only; then
/// [ResourcePools#create].
public final class CreateResourceProcessor {
  private CreateResourceProcessor() {}

  /// Processes one `CreateResource`.
  ///
  /// @throws ProgramException panics (signer, owners, system program, non-empty resource, and those
  ///   of [ResourcePools#create]), `NotAllowed` (8), the system program's error
  public static void process(Invocation inv, CreateResource args) throws ProgramException {
    AccountCursor accounts = inv.cursor();
    BorrowedAccount resource = accounts.next();
    BorrowedAccount associated = accounts.next();
    BorrowedAccount globalState = accounts.next();
    BorrowedAccount globalConfig = accounts.next();
    BorrowedAccount payer = accounts.next();
    BorrowedAccount system = accounts.next();
    inv.log("process_create_resource(" + args + ")");
    inv.checkSigner(payer);
    inv.checkOwnedByProgram(globalState, "GlobalState");
    inv.checkOwnedByProgram(globalConfig, "GlobalConfig");
    inv.checkSystemProgram(system);
    inv.check(resource.dataLength() == 0, "Resource Account must be uninitialized");
    GlobalState gs = inv.globalState(globalState);
    if (!gs.foundationAllowlist().contains(payer.key())) {
      throw inv.error(ServiceabilityError.NOT_ALLOWED);
    }
    ResourcePools.create(inv, resource, associated, globalConfig, payer, args.resourceType());
  }
}
