package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The accounts shared by [CreatePermission], [UpdatePermission], [SuspendPermission],
/// [ResumePermission], [DeletePermission], in the order the reference SDK (or, where it has no
/// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
/// the payer (writable signer) and the system program (marked writable, as the reference SDK does;
/// the runtime downgrades it), §0.2.
///
/// @param permission the permission account (writable)
/// @param globalState the global state account (read-only)
/// @param payerPermission the payer permission account (absent → not sent) (read-only) placed after
///   the system program (switches `authorize` to the permission-account path, §3.14)
/// @param payer the fee payer and signer (writable signer)
public record PermissionAccounts(
    PublicKey permission,
    PublicKey globalState,
    Optional<PublicKey> payerPermission,
    PublicKey payer)
    implements AccountGroup {
  /// Rejects nulls.
  ///
  /// @throws NullPointerException for a null account or group
  public PermissionAccounts {
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(globalState, "globalState");
    Objects.requireNonNull(payerPermission, "payerPermission");
    Objects.requireNonNull(payer, "payer");
  }

  /// @return the account metas: the instruction's accounts, then payer and system program
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(permission));
    m.add(AccountMeta.readonly(globalState));
    m.add(AccountMeta.writableSigner(payer));
    m.add(AccountMeta.writable(PublicKey.DEFAULT));
    payerPermission.ifPresent(k -> m.add(AccountMeta.readonly(k)));
    return List.copyOf(m);
  }
}
