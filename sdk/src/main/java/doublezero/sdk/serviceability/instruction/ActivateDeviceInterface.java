package doublezero.sdk.serviceability.instruction;

import doublezero.sdk.borsh.BorshReader;
import doublezero.sdk.borsh.BorshWriter;
import doublezero.sdk.net.NetworkV4;
import doublezero.sdk.solana.key.PublicKey;
import doublezero.sdk.solana.tx.AccountMeta;
import doublezero.sdk.solana.tx.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Instruction #72 `ActivateDeviceInterface` (args `DeviceInterfaceActivateArgs`, processor `PROC/device/interface/activate.rs`; `serviceability-instructions.md` §1–§3).
/// Pending or Unlinked → Activated, with given or on-chain allocated address (activator only).
///
/// @param name `name`: String (u32 length + UTF-8)
/// @param ipNet `ip_net`: NetworkV4
/// @param nodeSegmentIdx `node_segment_idx`: u16
public record ActivateDeviceInterface(String name, NetworkV4 ipNet, int nodeSegmentIdx) implements ServiceabilityInstruction {
  /// Checks that every value fits its wire type.
  ///
  /// @throws NullPointerException     for a null value
  /// @throws IllegalArgumentException for a number outside its unsigned range, or NaN
  public ActivateDeviceInterface {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ipNet, "ip_net");
    Args.u16(nodeSegmentIdx, "node_segment_idx");
  }

  @Override
  public InstructionKind kind() {
    return InstructionKind.ACTIVATE_DEVICE_INTERFACE;
  }

  @Override
  public void encodeArgs(BorshWriter w) {
    w.string(name);
    w.networkV4(ipNet);
    w.u16(nodeSegmentIdx);
  }

  /// Reads the arguments, in Borsh order, from a strict reader positioned after the discriminant.
  static ActivateDeviceInterface decodeArgs(BorshReader r) {
    return new ActivateDeviceInterface(
        r.string("name"),
        r.networkV4("ip_net"),
        r.u16("node_segment_idx"));
  }

  /// @param programId the serviceability program of the target environment
  /// @param accounts  the accounts, see [Accounts]
  /// @return the Solana instruction: program, account metas, [#encode()] data
  public Instruction toInstruction(PublicKey programId, Accounts accounts) {
    return new Instruction(programId, accounts.metas(), encode());
  }

  /// The accounts of `ActivateDeviceInterface`, in the order the reference SDK (or, where it has no builder, the processor) expects
  /// them (`serviceability-instructions.md` §3). [#metas()] appends the payer (writable signer) and the system program
  /// (marked writable, as the reference SDK does; the runtime downgrades it), §0.2.
  ///
  /// @param device the device account (writable)
  /// @param globalState the global state account (writable)
  /// @param allocation the [InterfaceAllocationAccounts] group (absent → not sent)
  /// @param payer the fee payer and signer (writable signer)
  public record Accounts(PublicKey device, PublicKey globalState, Optional<InterfaceAllocationAccounts> allocation, PublicKey payer) implements AccountGroup {
    /// Copies lists; rejects nulls.
    ///
    /// @throws NullPointerException for a null account or group
    public Accounts {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(globalState, "globalState");
      Objects.requireNonNull(allocation, "allocation");
      Objects.requireNonNull(payer, "payer");
    }

    /// @return the account metas: this instruction's accounts, then payer and system program
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
}
