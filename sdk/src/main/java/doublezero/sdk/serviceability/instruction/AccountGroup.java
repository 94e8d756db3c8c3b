package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.tx.AccountMeta;
import java.util.List;

/// An ordered run of accounts that an instruction passes together: a whole account list (each
/// instruction's `Accounts` record) or a group of optional accounts that are present or absent
/// together (for example the on-chain allocation resources).
public interface AccountGroup {
  /// @return the account metas in program order
  List<AccountMeta> metas();
}
