package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The accounts shared by [ActivateDeviceInterface], [RemoveDeviceInterface], in the order the
/// reference SDK (or, where it has no builder, the processor) expects them
/// (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the
/// system program (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
///
/// @param device the device account (writable)
/// @param globalState the global state account (writable)
/// @param allocation the [InterfaceAllocationAccounts] group (absent → not sent)
/// @param payer the fee payer and signer (writable signer)
public record DeviceInterfaceAccounts(
    PublicKey device,
    PublicKey globalState,
    Optional<InterfaceAllocationAccounts> allocation,
    PublicKey payer)
    implements AccountGroup {
  /// Rejects nulls.
  ///
  /// @throws NullPointerException for a null account or group
  public DeviceInterfaceAccounts {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(globalState, "globalState");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(payer, "payer");
  }

  /// @return the account metas: the instruction's accounts, then payer and system program
  @Override
  public List<AccountMeta> metas() {
    List<AccountMeta> m = new ArrayList<>();
    m.add(AccountMeta.writable(device));
    m.add(AccountMeta.writable(globalState));
    allocation.ifPresent(g -> m.addAll(g.metas()));
    m.add(AccountMeta.writableSigner(payer));
    m.add(AccountMeta.writable(PublicKey.DEFAULT));
    return List.copyOf(m);
  }
}
