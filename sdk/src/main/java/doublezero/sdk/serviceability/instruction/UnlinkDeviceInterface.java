package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #77 `UnlinkDeviceInterface` (args `DeviceInterfaceUnlinkArgs`, processor
/// `PROC/device/interface/unlink.rs`; `serviceability-instructions.md` §1–§3). Pending or Activated
/// → Unlinked; an Activated interface with a link needs that link Deleting (activator only).
///
/// @param name `name`: String (u32 length + UTF-8)
public record UnlinkDeviceInterface(String name) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public UnlinkDeviceInterface {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.UNLINK_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static UnlinkDeviceInterface decodeArgs(BorshReader r) {
    return new UnlinkDeviceInterface(r.string("name"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `UnlinkDeviceInterface`, in the order the reference SDK (or, where it has no
  /// builder, the processor) expects them (`serviceability-instructions.md` §3). [#metas()] appends
  /// the payer (writable signer) and the system program (marked writable, as the reference SDK
  /// does; the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param globalState the global state account (writable)
  /// @param link the link account (absent → not sent) (writable)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(
      PublicKey device, PublicKey globalState, Optional<PublicKey> link, PublicKey payer)
      implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
    @Override
    public List<AccountMeta> metas() {
      List<AccountMeta> m = new ArrayList<>();
      m.add(AccountMeta.writable(device));
      m.add(AccountMeta.writable(globalState));
      link.ifPresent(k -> m.add(AccountMeta.writable(k)));
      m.add(AccountMeta.writableSigner(payer));
      m.add(AccountMeta.writable(PublicKey.DEFAULT));
      return List.copyOf(m);
    }
  }
}
